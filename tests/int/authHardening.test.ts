// Sign-in protection against an outside reviewer's findings: unlock for admins only, rate limits
// answering 429 with Retry-After, no timing difference between known and unknown addresses, and a
// stranger's failures that cannot lock the owner out. Each test sends from client addresses of its
// own (X-Forwarded-For), since the limits are counted per address for the whole file.
import type { Payload, SanitizedConfig, TypedUser } from 'payload'

import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type MailCatcher, startMailCatcher } from '../../demo/scripts/mailCatcher'
import { createUser, unique } from '../helpers/fixtures'
import { type ApiResponse, createApi } from '../helpers/http'
import { getTestPayload, loadTestConfig } from '../helpers/payload'

const password = 'a-long-test-password'
const siteOrigin = 'http://localhost:3000'
let catcher: MailCatcher | undefined
let mailDir: string
let payload: Payload
let config: SanitizedConfig
let addressCount = 0

type Reply = ApiResponse

/** A client address no other test uses. */
const newAddress = () => `198.51.100.${(addressCount += 1)}`

/** A request from the client at `address` (the plugin's default clientAddress reads X-Forwarded-For). */
const request = (method: string, path: string, init: { address: string; body?: unknown; headers?: Record<string, string> }) =>
  createApi(config).request(method, path, { body: init.body, headers: { ...init.headers, 'X-Forwarded-For': init.address } })

const login = (address: string, email: string, secret = password) =>
  request('POST', '/users/login', { address, body: { email, password: secret } })

async function token(email: string): Promise<string> {
  const reply = await login(newAddress(), email)
  expect(reply.status).toBe(200)
  return reply.body.token as string
}

const jwt = (value: string) => ({ Authorization: `JWT ${value}` })

async function speakerAccount(): Promise<TypedUser> {
  const profile = await payload.create({ collection: 'speakers', data: { name: unique('Speaker') } })
  return createUser(payload, 'speaker', profile.id)
}

/** A refusal a person understands, and when to come back. */
function expectTooMany(reply: Reply) {
  expect(reply.status).toBe(429)
  const seconds = Number(reply.headers.get('retry-after'))
  expect(Number.isInteger(seconds) && seconds > 0).toBe(true)
  expect(JSON.stringify(reply.body)).toMatch(/too many .*try again in \d+ (seconds?|minutes?)/i)
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

beforeAll(async () => {
  // Invitations and resets send mail; a loopback SMTP server takes it.
  mailDir = mkdtempSync(path.join(tmpdir(), 'talk-notes-auth-mail-'))
  catcher = await startMailCatcher({ directory: mailDir })
  Object.assign(process.env, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(catcher.port) })
  payload = await getTestPayload()
  config = await loadTestConfig()
})

afterAll(async () => {
  await payload?.destroy()
  await catcher?.close()
  rmSync(mailDir, { force: true, recursive: true })
})

describe('unlock', () => {
  it('refuses a speaker unlocking an account and lets an admin do it', async () => {
    const target = await speakerAccount()
    const speaker = await speakerAccount()
    const admin = await createUser(payload, 'admin')
    const asSpeaker = await request('POST', '/users/unlock', {
      address: newAddress(),
      body: { email: target.email },
      headers: jwt(await token(speaker.email as string)),
    })
    expect(asSpeaker.status).toBe(403)
    const asAdmin = await request('POST', '/users/unlock', {
      address: newAddress(),
      body: { email: target.email },
      headers: jwt(await token(admin.email as string)),
    })
    expect(asAdmin.status).toBe(200)
  })
})

describe('sign-in limits', () => {
  it('answers 429 with Retry-After once one address has failed five times on one account', async () => {
    const user = await speakerAccount()
    const address = newAddress()
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect((await login(address, user.email as string, 'wrong-password')).status).toBe(401)
    }
    // Refused before the password is even looked at: the right one does not get in either.
    expectTooMany(await login(address, user.email as string, 'wrong-password'))
    expectTooMany(await login(address, user.email as string))
  })

  it('refuses a burst of parallel attempts beyond the limit', async () => {
    const user = await speakerAccount()
    const address = newAddress()
    const replies = await Promise.all(Array.from({ length: 12 }, () => login(address, user.email as string, 'wrong-password')))
    expect(replies.filter((reply) => reply.status === 401)).toHaveLength(5)
    expect(replies.filter((reply) => reply.status === 429)).toHaveLength(7)
  })

  it("lets the owner sign in from another address after a stranger's failures, and never locks the account", async () => {
    const user = await speakerAccount()
    const stranger = newAddress()
    for (let attempt = 0; attempt < 8; attempt += 1) await login(stranger, user.email as string, 'wrong-password')
    expectTooMany(await login(stranger, user.email as string))
    const stored = (await payload.db.findOne({ collection: 'users', where: { id: { equals: user.id } } })) as unknown as {
      lockUntil?: null | string
    }
    expect(stored.lockUntil ?? null).toBeNull()
    expect((await login(newAddress(), user.email as string)).status).toBe(200)
  })

  it('counts only failures: signing in successfully again and again is not limited', async () => {
    const user = await speakerAccount()
    const address = newAddress()
    for (let attempt = 0; attempt < 8; attempt += 1) expect((await login(address, user.email as string)).status).toBe(200)
  })

  it('takes as long for an unknown address as for a known one (no account enumeration by timing)', async () => {
    const user = await speakerAccount()
    const time = async (email: string) => {
      const started = performance.now()
      const reply = await login(newAddress(), email, 'wrong-password')
      expect(reply.status).toBe(401)
      return performance.now() - started
    }
    // Warm up both paths, then interleave so load on the machine hits both alike.
    await time(user.email as string)
    await time(`${unique('nobody')}@example.test`)
    const known: number[] = []
    const unknown: number[] = []
    for (let round = 0; round < 5; round += 1) {
      known.push(await time(user.email as string))
      unknown.push(await time(`${unique('nobody')}@example.test`))
    }
    expect(median(unknown)).toBeGreaterThanOrEqual(0.5 * median(known))
    expect(median(unknown)).toBeLessThanOrEqual(2 * median(known))
  })
})

describe('password-reset limits', () => {
  it('limits reset requests per address asked for, known or not, with 429 and Retry-After', async () => {
    const user = await speakerAccount()
    const nobody = `${unique('nobody')}@example.test`
    for (const email of [user.email as string, nobody]) {
      for (let attempt = 0; attempt < 3; attempt += 1) {
        expect((await request('POST', '/users/forgot-password', { address: newAddress(), body: { email } })).status).toBe(200)
      }
      expectTooMany(await request('POST', '/users/forgot-password', { address: newAddress(), body: { email } }))
    }
  })

  it('limits reset requests per client address', async () => {
    const address = newAddress()
    const replies = await Promise.all(
      Array.from({ length: 11 }, () =>
        request('POST', '/users/forgot-password', { address, body: { email: `${unique('nobody')}@example.test` } }),
      ),
    )
    expect(replies.filter((reply) => reply.status === 200)).toHaveLength(10)
    expectTooMany(replies.find((reply) => reply.status !== 200) as Reply)
  })

  it('answers a reset for an unknown address no sooner than for a known one', async () => {
    const user = await speakerAccount()
    const time = async (email: string) => {
      const started = performance.now()
      expect((await request('POST', '/users/forgot-password', { address: newAddress(), body: { email } })).status).toBe(200)
      return performance.now() - started
    }
    const known = await time(user.email as string)
    const unknown = await time(`${unique('nobody')}@example.test`)
    // Both wait for the same floor (1 s by default); the mail is sent within it.
    expect(unknown).toBeGreaterThanOrEqual(950)
    expect(unknown).toBeGreaterThanOrEqual(0.5 * known)
  })

  it('answers a GraphQL reset for an unknown address no sooner than the same floor', async () => {
    const graphql = GRAPHQL_POST(Promise.resolve(config))
    const query = `mutation { forgotPasswordUser(email: "${unique('nobody')}@example.test") }`
    const started = performance.now()
    const response = await graphql(
      new Request(`${siteOrigin}/api/graphql`, {
        body: JSON.stringify({ query }),
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': newAddress() },
        method: 'POST',
      }),
    )
    const body = (await response.json()) as { data?: { forgotPasswordUser?: boolean } }
    expect(body.data?.forgotPasswordUser).toBe(true)
    expect(performance.now() - started).toBeGreaterThanOrEqual(950)
  })
})

describe('speaker workflow limits', () => {
  it('limits the invitations one editor sends', async () => {
    const editor = await createUser(payload, 'editor')
    const session = jwt(await token(editor.email as string))
    const profile = await payload.create({ collection: 'speakers', data: { name: unique('Invited') } })
    const address = newAddress()
    const email = `${unique('invited')}@example.test`
    const invite = (to: string) => request('POST', `/speakers/${profile.id}/invite`, { address, body: { email: to }, headers: session })
    expect((await invite(email)).status).toBe(200)
    // A refused address still counts (the limit is taken before validation), which keeps this test quick.
    for (let sent = 1; sent < 100; sent += 1) expect((await invite('not-an-address')).status).toBe(400)
    expectTooMany(await invite(email))
  })

  it('limits the review steps one user takes', async () => {
    const editor = await createUser(payload, 'editor')
    const session = jwt(await token(editor.email as string))
    const profile = await payload.create({ collection: 'speakers', data: { name: unique('Reviewed') } })
    const address = newAddress()
    // Rejecting with nothing proposed is refused by the workflow, but still counts as a step.
    const step = () => request('POST', `/speakers/${profile.id}/review`, { address, body: { action: 'reject' }, headers: session })
    for (let taken = 0; taken < 30; taken += 1) expect((await step()).status).not.toBe(429)
    expectTooMany(await step())
  })

  it('limits the uses of one invitation link, and of links from one address', async () => {
    const link = `/speakers/invitation?token=${'a'.repeat(43)}`
    const address = newAddress()
    for (let use = 0; use < 5; use += 1) expect((await request('GET', link, { address })).status).toBe(404)
    const refused = await request('GET', link, { address: newAddress() })
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(refused.body.text).toMatch(/too many attempts with invitation links/i)

    const prober = newAddress()
    const tries = await Promise.all(
      Array.from({ length: 61 }, (_, index) =>
        request('POST', '/speakers/invitation', {
          address: prober,
          body: { password, token: `${String(index).padStart(2, '0')}${'b'.repeat(41)}` },
        }),
      ),
    )
    expect(tries.filter((reply) => reply.status === 429)).toHaveLength(1)
    expectTooMany(tries.find((reply) => reply.status === 429) as Reply)
  })
})
