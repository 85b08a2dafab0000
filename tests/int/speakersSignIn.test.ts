// Sign-in safety for speaker (and every other) accounts: per-client lockout, a password reset that does not
// tell whether an address exists, sessions ended by logout and password changes, and cookie auth
// accepted only from the site's own origin.
import type { ParsedMail } from 'mailparser'
import type { AddressInfo } from 'node:net'
import type { Payload, SanitizedConfig, TypedUser } from 'payload'

import { simpleParser } from 'mailparser'
import { handleEndpoints } from 'payload'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createUser, unique } from '../helpers/fixtures'
import { getTestPayload, loadTestConfig } from '../helpers/payload'

const password = 'a-long-test-password'
const siteOrigin = 'http://localhost:3000'
const inbox: ParsedMail[] = []
let smtp: SMTPServer
let payload: Payload
let config: SanitizedConfig

interface Reply {
  body: Record<string, unknown>
  headers: Headers
  status: number
}

async function request(method: string, path: string, init: { body?: unknown; headers?: Record<string, string> } = {}): Promise<Reply> {
  const headers = new Headers(init.headers)
  if (init.body !== undefined) headers.set('Content-Type', 'application/json')
  const response = await handleEndpoints({
    config,
    request: new Request(`${siteOrigin}/api${path}`, {
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      headers,
      method,
    }),
  })
  const text = await response.text()
  return { body: text ? (JSON.parse(text) as Record<string, unknown>) : {}, headers: response.headers, status: response.status }
}

const jwt = (token: string) => ({ Authorization: `JWT ${token}` })

async function login(email: string, secret = password) {
  return request('POST', '/users/login', { body: { email, password: secret } })
}

async function token(email: string, secret = password): Promise<string> {
  const reply = await login(email, secret)
  expect(reply.status).toBe(200)
  return reply.body.token as string
}

async function me(headers: Record<string, string>) {
  return ((await request('GET', '/users/me', { headers })).body.user ?? null) as null | { id: number }
}

async function speakerAccount(): Promise<TypedUser> {
  const profile = await payload.create({ collection: 'speakers', data: { name: unique('Speaker') } })
  return createUser(payload, 'speaker', profile.id)
}

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          inbox.push(mail)
          callback()
        },
        (error: Error) => callback(error),
      )
    },
  })
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve))
  Object.assign(process.env, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String((smtp.server.address() as AddressInfo).port) })
  payload = await getTestPayload()
  config = await loadTestConfig()
})

afterAll(async () => {
  await payload?.destroy()
  await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()))
})

describe('sign-in safety', () => {
  it('makes a client wait after 5 failed logins, while the account itself stays open', async () => {
    const user = await speakerAccount()
    const stranger = { 'X-Forwarded-For': '203.0.113.7' }
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect((await request('POST', '/users/login', { body: { email: user.email, password: 'wrong-password' }, headers: stranger })).status).toBe(401)
    }
    const refused = await request('POST', '/users/login', { body: { email: user.email, password }, headers: stranger })
    expect(refused.status).toBe(429)
    const minutes = Number(refused.headers.get('retry-after')) / 60
    expect(minutes).toBeGreaterThan(14)
    expect(minutes).toBeLessThanOrEqual(15)
    // Payload's own lock is out of reach: the owner, elsewhere, still signs in.
    const stored = (await payload.db.findOne({ collection: 'users', where: { id: { equals: user.id } } })) as unknown as { lockUntil?: null | string }
    expect(stored.lockUntil ?? null).toBeNull()
    expect((await request('POST', '/users/login', { body: { email: user.email, password }, headers: { 'X-Forwarded-For': '203.0.113.8' } })).status).toBe(200)
  })

  it('answers a password reset the same way whether or not the address exists', async () => {
    const user = await speakerAccount()
    const seen = inbox.length
    const known = await request('POST', '/users/forgot-password', { body: { email: user.email } })
    const unknown = await request('POST', '/users/forgot-password', { body: { email: `${unique('nobody')}@example.test` } })
    expect(known.status).toBe(200)
    expect(unknown.status).toBe(known.status)
    expect(unknown.body).toEqual(known.body)
    // The difference exists only in the mailbox of the account's owner.
    const deadline = Date.now() + 10_000
    while (Date.now() < deadline && !inbox.slice(seen).some((mail) => JSON.stringify(mail.to).includes(user.email as string))) {
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    expect(inbox.slice(seen).filter((mail) => JSON.stringify(mail.to).includes(user.email as string))).toHaveLength(1)
  })

  it('ends the session on logout: the token stops working', async () => {
    const user = await speakerAccount()
    const session = await token(user.email as string)
    expect((await me(jwt(session)))?.id).toBe(user.id)
    expect((await request('POST', '/users/logout', { headers: jwt(session) })).status).toBe(200)
    expect(await me(jwt(session))).toBeNull()
    const write = await request('PATCH', `/users/${user.id}`, { body: { name: 'after logout' }, headers: jwt(session) })
    expect(write.status).toBe(403)
  })

  it('ends the other sessions when the password changes', async () => {
    const user = await speakerAccount()
    const laptop = await token(user.email as string)
    const phone = await token(user.email as string)
    const changed = await request('PATCH', `/users/${user.id}`, { body: { password: 'a-new-long-password' }, headers: jwt(phone) })
    expect(changed.status).toBe(200)
    expect(await me(jwt(laptop))).toBeNull()
    expect((await me(jwt(phone)))?.id).toBe(user.id)
    expect((await login(user.email as string)).status).toBe(401)
    expect((await login(user.email as string, 'a-new-long-password')).status).toBe(200)
  })

  it('accepts the auth cookie only from the site origin (CSRF)', async () => {
    const user = await speakerAccount()
    const reply = await login(user.email as string)
    const cookie = /payload-token=[^;]+/.exec(reply.headers.get('set-cookie') ?? '')?.[0]
    expect(cookie).toBeTruthy()
    const patch = (headers: Record<string, string>, name: string) =>
      request('PATCH', `/users/${user.id}`, { body: { name }, headers: { Cookie: cookie as string, ...headers } })

    expect((await patch({ Origin: 'https://evil.example' }, 'from evil')).status).toBe(403)
    expect((await patch({ 'Sec-Fetch-Site': 'cross-site' }, 'cross-site, no origin')).status).toBe(403)
    expect((await payload.findByID({ collection: 'users', id: user.id })).name ?? null).toBeNull()
    const own = await patch({ Origin: siteOrigin }, 'from the site')
    expect(own.status).toBe(200)
    expect((await payload.findByID({ collection: 'users', id: user.id })).name).toBe('from the site')
  })

  it('ends earlier sessions when an invitation link sets the password', async () => {
    const profile = await payload.create({ collection: 'speakers', data: { name: unique('Invited') } })
    const editor = await createUser(payload, 'editor')
    const editorToken = await token(editor.email as string)
    const email = `${unique('invited')}@example.test`
    const first = await request('POST', `/speakers/${profile.id}/invite`, { body: { email }, headers: jwt(editorToken) })
    expect(first.status).toBe(200)
    const mailOf = async () => {
      const deadline = Date.now() + 10_000
      while (Date.now() < deadline) {
        const mail = inbox.find((entry) => JSON.stringify(entry.to).includes(email))
        if (mail) return mail
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
      throw new Error('no invitation mail')
    }
    const link = /invitation\?token=([A-Za-z0-9_-]+)/.exec((await mailOf()).text ?? '')?.[1] as string
    expect((await request('POST', '/speakers/invitation', { body: { password, token: link } })).status).toBe(200)
    const before = await token(email)
    // A second invitation (e.g. "I forgot my password") sets a new password and ends that session.
    inbox.length = 0
    expect((await request('POST', `/speakers/${profile.id}/invite`, { body: { email }, headers: jwt(editorToken) })).status).toBe(200)
    const again = /invitation\?token=([A-Za-z0-9_-]+)/.exec((await mailOf()).text ?? '')?.[1] as string
    expect((await request('POST', '/speakers/invitation', { body: { password: 'another-long-password', token: again } })).status).toBe(200)
    expect(await me(jwt(before))).toBeNull()
  })
})
