// The speakers' journey against a real SMTP server (smtp-server on loopback, mail parsed with
// mailparser): invitation, password link, proposal, diff, accept/reject, and what a speaker may see.
import type { ParsedMail } from 'mailparser'
import type { AddressInfo } from 'node:net'
import type { Payload, TypedUser } from 'payload'

import { simpleParser } from 'mailparser'
import { createHash } from 'node:crypto'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import sharp from 'sharp'

import { createUser, type Id, unique } from '../helpers/fixtures'
import { createApi } from '../helpers/http'
import { getTestPayload, loadTestConfig } from '../helpers/payload'

const password = 'a-long-test-password'
const inbox: ParsedMail[] = []
let smtp: SMTPServer
let payload: Payload
let api: ReturnType<typeof createApi>
let editor: TypedUser
let editorToken: string
let organizationId: Id

async function startMailCatcher() {
  smtp = new SMTPServer({
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    onAuth(auth, _session, callback) {
      if (auth.username === 'mailer' && auth.password === 'mail-secret') return callback(null, { user: 'mailer' })
      return callback(new Error('bad SMTP credentials'))
    },
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
  const { port } = smtp.server.address() as AddressInfo
  // Read by payload.config.ts when it is first imported (once per test file).
  Object.assign(process.env, {
    MAIL_FROM: 'Talk Notes <notes@example.test>',
    SMTP_HOST: '127.0.0.1',
    SMTP_PASS: 'mail-secret',
    SMTP_PORT: String(port),
    SMTP_SECURE: 'false',
    SMTP_USER: 'mailer',
  })
}

function recipients(mail: ParsedMail): string[] {
  const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []
  return to.flatMap((address) => address.value.map((entry) => entry.address?.toLowerCase() ?? ''))
}

/** The next mail to `address` whose subject matches, waiting for it to arrive. */
async function nextMail(address: string, subject: RegExp, after = 0): Promise<ParsedMail> {
  const deadline = Date.now() + 10_000
  while (Date.now() < deadline) {
    const found = inbox.slice(after).find((mail) => recipients(mail).includes(address.toLowerCase()) && subject.test(mail.subject ?? ''))
    if (found) return found
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`no mail to ${address} matching ${subject} arrived`)
}

function invitationToken(mail: ParsedMail): { path: string; token: string } {
  const match = /(https?:\/\/\S+\/api\/speakers\/invitation\?token=([A-Za-z0-9_-]+))/.exec(mail.text ?? '')
  if (!match) throw new Error(`no invitation link in: ${mail.text}`)
  const url = new URL(match[1])
  return { path: `${url.pathname.replace(/^\/api/, '')}${url.search}`, token: match[2] }
}

async function login(email: string, secret = password) {
  const response = await api.post('/users/login', { email, password: secret })
  expect(response.status).toBe(200)
  return (response.body as { token: string }).token
}

async function createProfile(extra: Record<string, unknown> = {}) {
  return payload.create({
    collection: 'speakers',
    data: { fullBio: 'Original full bio.', name: unique('Speaker'), organization: organizationId, shortBio: 'Original short bio.', ...extra },
  })
}

/** Invites `email` to `speakerId` as the editor and returns the link from the mail received. */
async function invite(speakerId: Id, email: string) {
  const seen = inbox.length
  const response = await api.post(`/speakers/${speakerId}/invite`, { email }, editorToken)
  expect(response.status, JSON.stringify(response.body)).toBe(200)
  return invitationToken(await nextMail(email, /Review your speaker profile/, seen))
}

async function acceptInvitation(token: string, newPassword = password) {
  return api.post('/speakers/invitation', { password: newPassword, token })
}

/** A profile with an invited speaker who has set its password and signed in. */
async function invitedSpeaker() {
  const profile = await createProfile()
  const email = `${unique('speaker')}@example.test`
  const { token } = await invite(profile.id, email)
  expect((await acceptInvitation(token)).status).toBe(200)
  return { email, profile, token: await login(email) }
}

beforeAll(async () => {
  await startMailCatcher()
  payload = await getTestPayload()
  api = createApi(await loadTestConfig())
  editor = await createUser(payload, 'editor')
  editorToken = await login(editor.email as string)
  organizationId = (await payload.create({ collection: 'organizations', data: { name: unique('Org') } })).id
})

afterAll(async () => {
  await payload?.destroy()
  await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()))
})

describe('the speaker journey', () => {
  it('goes from invitation to a published, speaker-approved bio', async () => {
    const profile = await createProfile()
    const email = `${unique('ada')}@example.test`

    // Invite: an account is created and a mail with a single-use link goes out over SMTP.
    const seen = inbox.length
    const invited = await api.post(`/speakers/${profile.id}/invite`, { email }, editorToken)
    expect(invited.status).toBe(200)
    const mail = await nextMail(email, /Review your speaker profile/, seen)
    expect(mail.from?.value[0]?.address).toBe('notes@example.test')
    expect(mail.html).toContain('Set your password')
    const link = invitationToken(mail)
    const { docs: accounts } = await payload.find({ collection: 'users', where: { email: { equals: email } } })
    expect(accounts).toHaveLength(1)
    expect(accounts[0].role).toBe('speaker')
    expect(accounts[0].speaker).toMatchObject({ id: profile.id })

    // The link's page is a form; opening it does not use the link up.
    const page = await api.fetchRaw(link.path)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toContain('text/html')
    expect(await page.text()).toContain('name="password"')

    // The link sets the password; the speaker signs in with it.
    const accepted = await acceptInvitation(link.token)
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200)
    // Signing in from there leads to the speaker's own profile.
    expect((accepted.body as { login: string }).login).toBe(
      `http://localhost:3000/admin/login?redirect=${encodeURIComponent(`/admin/collections/speakers/${profile.id}`)}`,
    )
    const speakerToken = await login(email)

    // The speaker proposes a change: its own view shows it, the public one does not, and the
    // editor who invited the speaker is told.
    const seenBeforeProposal = inbox.length
    const proposed = await api.patch(
      `/speakers/${profile.id}`,
      { jobTitle: 'Chief Scientist', shortBio: 'A bio the speaker wrote.' },
      speakerToken,
    )
    expect(proposed.status, JSON.stringify(proposed.body)).toBe(200)
    expect((proposed.body as { doc: { shortBio: string } }).doc.shortBio).toBe('A bio the speaker wrote.')
    const proposalNotice = await nextMail(editor.email as string, /proposed changes to their speaker profile/, seenBeforeProposal)
    expect(proposalNotice.text).toContain('Short bio:\n  published: Original short bio.\n  proposed:  A bio the speaker wrote.')
    expect(proposalNotice.text).toContain(`/admin/collections/speakers/${profile.id}`)
    const own = await api.get<{ jobTitle: string; reviewState: string; shortBio: string }>(`/speakers/${profile.id}`, speakerToken)
    expect(own.body).toMatchObject({ jobTitle: 'Chief Scientist', reviewState: 'changes-proposed', shortBio: 'A bio the speaker wrote.' })
    const publicBefore = await api.get<{ jobTitle: null | string; shortBio: string }>(`/speakers/${profile.id}`)
    expect(publicBefore.body.shortBio).toBe('Original short bio.')
    expect(publicBefore.body.jobTitle ?? null).toBeNull()
    const graphqlBefore = await api.graphql<{ data: { Speaker: { shortBio: string } } }>(
      `{ Speaker(id: ${profile.id}) { shortBio } }`,
    )
    expect(graphqlBefore.body.data.Speaker.shortBio).toBe('Original short bio.')

    // The editor sees a field-by-field diff, in the API and in the admin's read-only summary.
    const review = await api.get<{ changes: Array<{ field: string; from: unknown; to: unknown }>; reviewState: string }>(
      `/speakers/${profile.id}/review`,
      editorToken,
    )
    expect(review.status).toBe(200)
    expect(review.body.reviewState).toBe('changes-proposed')
    expect(review.body.changes).toEqual([
      expect.objectContaining({ field: 'jobTitle', from: null, to: 'Chief Scientist' }),
      expect.objectContaining({ field: 'shortBio', from: 'Original short bio.', to: 'A bio the speaker wrote.' }),
    ])
    // What the admin's review panel shows an editor: the account, the invitations, who took each step.
    const panel = review.body as unknown as {
      account: { email: string; invitations: Array<{ email: string; state: string }> }
      log: Array<{ action: string; byEmail?: null | string }>
    }
    expect(panel.account.email).toBe(email)
    expect(panel.account.invitations).toEqual([expect.objectContaining({ email, state: 'used' })])
    expect(panel.log.map((entry) => [entry.action, entry.byEmail])).toEqual([
      ['invited', editor.email],
      ['invitation-accepted', email],
      ['proposed', email],
    ])
    // The speaker's own view of its review names no accounts.
    const speakerReview = await api.get<Record<string, unknown>>(`/speakers/${profile.id}/review`, speakerToken)
    expect(speakerReview.status).toBe(200)
    expect(speakerReview.body.account).toBeUndefined()
    expect(JSON.stringify(speakerReview.body)).not.toContain(editor.email as string)
    const editorView = await api.get<{ reviewChanges: string; shortBio: string }>(`/speakers/${profile.id}?draft=true`, editorToken)
    expect(editorView.body.shortBio).toBe('A bio the speaker wrote.')
    expect(editorView.body.reviewChanges).toContain('Short bio')
    expect(editorView.body.reviewChanges).toContain('A bio the speaker wrote.')
    const editorPublished = await api.get<{ shortBio: string }>(`/speakers/${profile.id}`, editorToken)
    expect(editorPublished.body.shortBio).toBe('Original short bio.')

    // Accepting publishes the proposal and tells the speaker.
    const seenBeforeAccept = inbox.length
    const accept = await api.post(`/speakers/${profile.id}/review`, { action: 'accept', comment: 'Thanks, looks great.' }, editorToken)
    expect(accept.status, JSON.stringify(accept.body)).toBe(200)
    const notice = await nextMail(email, /were accepted/, seenBeforeAccept)
    expect(notice.text).toContain('Thanks, looks great.')
    const publicAfter = await api.get<{ jobTitle: string; shortBio: string }>(`/speakers/${profile.id}`)
    expect(publicAfter.body).toMatchObject({ jobTitle: 'Chief Scientist', shortBio: 'A bio the speaker wrote.' })

    // Every step is recorded: who, when, what.
    const stored = await payload.findByID({ collection: 'speakers', depth: 0, id: profile.id })
    expect(stored.reviewState).toBe('approved')
    expect(stored.proposal ?? null).toBeNull()
    const log = (stored.reviewLog ?? []).map((entry) => ({ action: entry.action, by: entry.by, role: entry.role }))
    expect(log).toEqual([
      { action: 'invited', by: editor.id, role: 'editor' },
      { action: 'invitation-accepted', by: accounts[0].id, role: 'speaker' },
      { action: 'proposed', by: accounts[0].id, role: 'speaker' },
      { action: 'accepted', by: editor.id, role: 'editor' },
    ])
    expect(stored.reviewLog?.every((entry) => !Number.isNaN(Date.parse(entry.at)))).toBe(true)
    expect(stored.reviewLog?.[3].comment).toBe('Thanks, looks great.')
  })

  it('keeps the published text when an editor rejects a proposal, and tells the speaker why', async () => {
    const { email, profile, token } = await invitedSpeaker()
    await api.patch(`/speakers/${profile.id}`, { fullBio: 'Rewritten by the speaker.' }, token)

    const withoutComment = await api.post(`/speakers/${profile.id}/review`, { action: 'reject' }, editorToken)
    expect(withoutComment.status).toBe(400)
    expect(JSON.stringify(withoutComment.body)).toContain('reviewComment')

    const seen = inbox.length
    const rejected = await api.post(
      `/speakers/${profile.id}/review`,
      { action: 'reject', comment: 'Please keep the award list.' },
      editorToken,
    )
    expect(rejected.status).toBe(200)
    const notice = await nextMail(email, /were not accepted/, seen)
    expect(notice.text).toContain('Please keep the award list.')
    expect(notice.text).toContain('Rewritten by the speaker.')

    const publicView = await api.get<{ fullBio: string }>(`/speakers/${profile.id}`)
    expect(publicView.body.fullBio).toBe('Original full bio.')
    const own = await api.get<{ fullBio: string; reviewState: string }>(`/speakers/${profile.id}`, token)
    expect(own.body).toMatchObject({ fullBio: 'Original full bio.', reviewState: 'awaiting-speaker' })
    const stored = await payload.findByID({ collection: 'speakers', depth: 0, id: profile.id })
    expect(stored.reviewLog?.at(-1)).toMatchObject({ action: 'rejected', by: editor.id, comment: 'Please keep the award list.' })
  })

  it("holds an editor's change until the speaker approves it", async () => {
    const { email, profile, token } = await invitedSpeaker()
    // The speaker approves the text it was invited to review; then an editor changes it.
    expect((await api.post(`/speakers/${profile.id}/review`, { action: 'approve' }, token)).status).toBe(200)
    const edited = await api.patch(`/speakers/${profile.id}`, { shortBio: 'Drafted by an editor.' }, editorToken)
    expect(edited.status).toBe(200)
    expect((await api.get<{ shortBio: string }>(`/speakers/${profile.id}`)).body.shortBio).toBe('Original short bio.')
    const own = await api.get<{ reviewState: string; shortBio: string }>(`/speakers/${profile.id}`, token)
    expect(own.body).toMatchObject({ reviewState: 'drafted', shortBio: 'Drafted by an editor.' })

    const seen = inbox.length
    expect((await api.post(`/speakers/${profile.id}/review`, { action: 'request-review' }, editorToken)).status).toBe(200)
    await nextMail(email, /ready for review/, seen)
    // Only the speaker approves; an editor cannot approve on its behalf.
    expect((await api.post(`/speakers/${profile.id}/review`, { action: 'approve' }, editorToken)).status).toBe(400)
    expect((await api.get<{ shortBio: string }>(`/speakers/${profile.id}`)).body.shortBio).toBe('Original short bio.')

    const seenBeforeApproval = inbox.length
    const approved = await api.post(`/speakers/${profile.id}/review`, { action: 'approve' }, token)
    expect(approved.status, JSON.stringify(approved.body)).toBe(200)
    expect((await api.get<{ shortBio: string }>(`/speakers/${profile.id}`)).body.shortBio).toBe('Drafted by an editor.')
    const approvalNotice = await nextMail(editor.email as string, /approved their speaker profile/, seenBeforeApproval)
    expect(approvalNotice.text).toContain('It is now public.')
    const stored = await payload.findByID({ collection: 'speakers', depth: 0, id: profile.id })
    expect(stored.reviewState).toBe('approved')
    expect(stored.draft ?? null).toBeNull()
  })

  it('refuses a proposal that would fail validation, naming the field', async () => {
    const { profile, token } = await invitedSpeaker()
    const response = await api.patch(`/speakers/${profile.id}`, { links: [{ label: 'Site', url: 'javascript:alert(1)' }] }, token)
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toContain('links.0.url')
    const tooLong = await api.patch(`/speakers/${profile.id}`, { shortBio: 'x'.repeat(401) }, token)
    expect(tooLong.status).toBe(400)
    expect(JSON.stringify(tooLong.body)).toContain('shortBio')
  })

  it('lets a speaker upload its own photo and propose it', async () => {
    const { profile, token } = await invitedSpeaker()
    const image = await sharp({ create: { background: '#884422', channels: 3, height: 600, width: 600 } }).jpeg().toBuffer()
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(image)], { type: 'image/jpeg' }), 'me.jpg')
    form.append('_payload', JSON.stringify({ alt: 'Portrait' }))
    const upload = await api.postForm('/media', form, token)
    expect(upload.status, JSON.stringify(upload.body)).toBe(201)
    const media = (upload.body as { doc: { id: Id; sizes: { avatar: { height: number; width: number } } } }).doc
    expect(media.sizes.avatar).toMatchObject({ height: 256, width: 256 })
    expect((await api.patch(`/speakers/${profile.id}`, { photo: media.id }, token)).status).toBe(200)
    expect((await api.get<{ photo: null }>(`/speakers/${profile.id}?depth=0`)).body.photo ?? null).toBeNull()
    // Uploading is all: speakers change or delete no media.
    expect((await api.patch(`/media/${media.id}`, { alt: 'changed' }, token)).status).toBe(403)
    expect((await api.delete(`/media/${media.id}`, token)).status).toBe(403)
  })
})

describe("a speaker's photo upload", () => {
  let token: string

  beforeAll(async () => {
    token = (await invitedSpeaker()).token
  })

  async function upload(data: Uint8Array | string, name: string, type: string) {
    const form = new FormData()
    form.append('file', new Blob([typeof data === 'string' ? data : new Uint8Array(data)], { type }), name)
    form.append('_payload', JSON.stringify({ alt: 'Portrait' }))
    return api.postForm('/media', form, token)
  }

  async function mediaCount() {
    return (await payload.count({ collection: 'media' })).totalDocs
  }

  const solid = (width: number, height: number) =>
    sharp({ create: { background: '#2a6f97', channels: 3, height, width } })

  it('refuses a renamed HTML file, an SVG with a script, an over-size image and a pixel bomb, naming the file', async () => {
    const before = await mediaCount()
    const noisy = await sharp({
      create: { background: '#000', channels: 3, height: 1600, noise: { mean: 128, sigma: 60, type: 'gaussian' }, width: 1600 },
    })
      .png({ compressionLevel: 0 })
      .toBuffer()
    const bomb = await solid(7000, 7000).png().toBuffer()
    const cases: Array<[Uint8Array | string, string, string, RegExp]> = [
      ['<!doctype html><html><script>alert(document.cookie)</script></html>', 'me.jpg', 'image/jpeg', /me\.jpg/],
      ['<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', 'me.png', 'image/png', /markup/],
      ['<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', 'me.svg', 'image/svg+xml', /markup/],
      [noisy, 'big.png', 'image/png', /larger than 5 MB/],
      [bomb, 'bomb.png', 'image/png', /7000 × 7000 pixels; at most 40 megapixels/],
    ]
    for (const [data, name, type, message] of cases) {
      const response = await upload(data, name, type)
      expect(response.status, name).toBe(400)
      const body = JSON.stringify(response.body)
      expect(body).toMatch(message)
      expect(body).toContain('file')
    }
    expect(await mediaCount()).toBe(before)
  })

  it('refuses a real JPEG with an HTML page hidden inside (a polyglot)', async () => {
    const jpeg = await solid(400, 400).jpeg().toBuffer()
    const polyglot = Buffer.concat([jpeg, Buffer.from('<html><body><script>fetch("/api/users")</script></body></html>')])
    expect((await sharp(polyglot).metadata()).format).toBe('jpeg')
    const before = await mediaCount()
    const response = await upload(polyglot, 'me.jpg', 'image/jpeg')
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toMatch(/file \\"me\.jpg\\" contains HTML, SVG or script markup/)
    expect(await mediaCount()).toBe(before)
  })

  it('takes JPEG, PNG and WebP only, by content: a GIF is refused even when named .jpg', async () => {
    const gif = await solid(300, 300).gif().toBuffer()
    const refused = await upload(gif, 'me.jpg', 'image/jpeg')
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.body)).toMatch(/is a GIF image; speaker photos must be JPEG, PNG, WebP/)
    // An editor may still upload a GIF for an article.
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(gif)], { type: 'image/gif' }), 'diagram.gif')
    form.append('_payload', JSON.stringify({ alt: 'Diagram' }))
    expect((await api.postForm('/media', form, editorToken)).status).toBe(201)

    for (const [buffer, name, mimeType] of [
      [await solid(1600, 900).jpeg().toBuffer(), 'me.jpg', 'image/jpeg'],
      [await solid(800, 800).png().toBuffer(), 'me.png', 'image/png'],
      [await solid(800, 800).webp().toBuffer(), 'me.webp', 'image/webp'],
    ] as const) {
      const response = await upload(buffer, name, mimeType)
      expect(response.status, name).toBe(201)
      const doc = (response.body as { doc: { mimeType: string; sizes: Record<string, { height: number; width: number }> } }).doc
      expect(doc.mimeType).toBe(mimeType)
      expect(doc.sizes.avatar).toMatchObject({ height: 256, width: 256 })
      expect(doc.sizes.social).toMatchObject({ height: 630, width: 1200 })
    }
  })
})

describe('invitations', () => {
  it('stores only a hash of the link', async () => {
    const profile = await createProfile()
    const { token } = await invite(profile.id, `${unique('hash')}@example.test`)
    const stored = await payload.findByID({ collection: 'speakers', id: profile.id, showHiddenFields: true })
    const rows = (stored.invitations ?? []) as Array<{ tokenHash: string }>
    expect(rows.at(-1)?.tokenHash).toBe(createHash('sha256').update(token).digest('hex'))
    expect(JSON.stringify(stored)).not.toContain(token)
    const editorView = await api.get(`/speakers/${profile.id}?depth=0`, editorToken)
    expect(JSON.stringify(editorView.body)).not.toContain(rows.at(-1)?.tokenHash)
  })

  it('refuses a link that was already used', async () => {
    const profile = await createProfile()
    const { token } = await invite(profile.id, `${unique('reuse')}@example.test`)
    expect((await acceptInvitation(token)).status).toBe(200)
    const again = await acceptInvitation(token, 'another-long-password')
    expect(again.status).toBe(410)
    expect(JSON.stringify(again.body)).toContain('already been used')
  })

  it('refuses a link replaced by a newer invitation, and accepts the newer one', async () => {
    const profile = await createProfile()
    const email = `${unique('again')}@example.test`
    const first = await invite(profile.id, email)
    const second = await invite(profile.id, email)
    const old = await acceptInvitation(first.token)
    expect(old.status).toBe(410)
    expect(JSON.stringify(old.body)).toContain('replaced by a newer invitation')
    expect((await api.fetchRaw(first.path)).status).toBe(410)
    expect((await acceptInvitation(second.token)).status).toBe(200)
    const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } } })
    expect(docs).toHaveLength(1)
  })

  it('refuses an expired link', async () => {
    const profile = await createProfile()
    const { path, token } = await invite(profile.id, `${unique('late')}@example.test`)
    const stored = await payload.findByID({ collection: 'speakers', id: profile.id, showHiddenFields: true })
    await payload.update({
      collection: 'speakers',
      data: {
        invitations: (stored.invitations ?? []).map((row) => ({ ...row, expiresAt: new Date(Date.now() - 1000).toISOString() })),
      },
      id: profile.id,
    })
    expect((await api.fetchRaw(path)).status).toBe(410)
    const response = await acceptInvitation(token)
    expect(response.status).toBe(410)
    expect(JSON.stringify(response.body)).toContain('expired')
  })

  it('refuses unknown links and short passwords', async () => {
    expect((await acceptInvitation('A'.repeat(43))).status).toBe(404)
    expect((await acceptInvitation('not-a-token')).status).toBe(404)
    const profile = await createProfile()
    const { token } = await invite(profile.id, `${unique('short')}@example.test`)
    expect((await acceptInvitation(token, 'short')).status).toBe(400)
    // A refused password does not use the link up.
    expect((await acceptInvitation(token)).status).toBe(200)
  })

  it('refuses addresses of editors, admins and other speakers with a clear message', async () => {
    const profile = await createProfile()
    const admin = await createUser(payload, 'admin')
    for (const [user, role] of [
      [editor, 'editor'],
      [admin, 'admin'],
    ] as const) {
      const response = await api.post(`/speakers/${profile.id}/invite`, { email: user.email }, editorToken)
      expect(response.status).toBe(400)
      expect(JSON.stringify(response.body)).toContain(`belongs to an ${role} account`)
    }
    const other = await invitedSpeaker()
    const taken = await api.post(`/speakers/${profile.id}/invite`, { email: other.email }, editorToken)
    expect(taken.status).toBe(400)
    expect(JSON.stringify(taken.body)).toContain('another speaker profile')
    const stored = await payload.findByID({ collection: 'users', id: editor.id })
    expect(stored.role).toBe('editor')
  })

  it('lets only editors invite', async () => {
    const profile = await createProfile()
    const { token } = await invitedSpeaker()
    expect((await api.post(`/speakers/${profile.id}/invite`, { email: 'x@example.test' }, token)).status).toBe(403)
    expect((await api.post(`/speakers/${profile.id}/invite`, { email: 'x@example.test' })).status).toBe(403)
    const patched = await api.patch(`/speakers/${profile.id}`, { inviteEmail: 'x@example.test' }, token)
    expect(patched.status).toBe(403)
    const { docs } = await payload.find({ collection: 'users', where: { email: { equals: 'x@example.test' } } })
    expect(docs).toHaveLength(0)
  })
})

describe('what a speaker may read and write', () => {
  const publicFields = ['fullBio', 'jobTitle', 'links', 'name', 'organization', 'photo', 'shortBio', 'slug', 'sessions']
  const reviewFields = ['draft', 'proposal', 'reviewLog', 'reviewState']
  const editorOnlyFields = ['account', 'invitations']
  const neverFields = ['inviteTokenHash', 'inviteEmail', 'reviewAction', 'reviewComment']
  let speaker: Awaited<ReturnType<typeof invitedSpeaker>>
  let speakerUser: TypedUser
  let other: Awaited<ReturnType<typeof createProfile>>

  beforeAll(async () => {
    speaker = await invitedSpeaker()
    const { docs } = await payload.find({ collection: 'users', where: { email: { equals: speaker.email } } })
    speakerUser = { ...docs[0], collection: 'users' } as TypedUser
    other = await createProfile()
    // Something pending on the other profile, which the speaker must not see.
    const otherSpeaker = await invitedSpeaker()
    await api.patch(`/speakers/${otherSpeaker.profile.id}`, { shortBio: 'Secret proposal' }, otherSpeaker.token)
    other = otherSpeaker.profile
  })

  const present = (doc: Record<string, unknown>) => Object.keys(doc).filter((key) => doc[key] !== undefined)
  // A field refused by read access is left out; Payload leaves an unreadable array as [].
  const expectHidden = (doc: Record<string, unknown>, field: string) =>
    expect(doc[field] === undefined || (Array.isArray(doc[field]) && (doc[field] as unknown[]).length === 0), field).toBe(true)

  it('shows its own profile with its review fields, and no editor-only field (REST, Local API)', async () => {
    const rest = await api.get<Record<string, unknown>>(`/speakers/${speaker.profile.id}`, speaker.token)
    const local = (await payload.findByID({
      collection: 'speakers',
      id: speaker.profile.id,
      overrideAccess: false,
      user: speakerUser,
    })) as unknown as Record<string, unknown>
    for (const doc of [rest.body, local]) {
      expect(present(doc)).toEqual(expect.arrayContaining([...publicFields, ...reviewFields]))
      for (const field of [...editorOnlyFields, ...neverFields]) expectHidden(doc, field)
      expect((doc.reviewLog as unknown[]).length).toBeGreaterThan(0)
    }
  })

  it("shows another profile's published text only (REST, GraphQL, Local API)", async () => {
    const rest = await api.get<Record<string, unknown>>(`/speakers/${other.id}`, speaker.token)
    const local = (await payload.findByID({
      collection: 'speakers',
      id: other.id,
      overrideAccess: false,
      user: speakerUser,
    })) as unknown as Record<string, unknown>
    for (const doc of [rest.body, local]) {
      expect(present(doc)).toEqual(expect.arrayContaining(publicFields))
      for (const field of [...reviewFields, ...editorOnlyFields, ...neverFields]) expectHidden(doc, field)
      expect(doc.shortBio).toBe('Original short bio.')
    }
    const graphql = await api.graphql<{ data: { Speaker: Record<string, unknown> } }>(
      `{ Speaker(id: ${other.id}) { shortBio reviewState proposal draft reviewLog { action } invitations { email } } }`,
      speaker.token,
    )
    expect(graphql.body.data.Speaker).toMatchObject({ draft: null, proposal: null, reviewState: null })
    expect(graphql.body.data.Speaker.reviewLog ?? []).toEqual([])
    expect(graphql.body.data.Speaker.invitations ?? []).toEqual([])
    expect(graphql.body.data.Speaker.shortBio).toBe('Original short bio.')
    const own = await api.graphql<{ data: { Speaker: Record<string, unknown> } }>(
      `{ Speaker(id: ${speaker.profile.id}) { reviewState invitations { email } } }`,
      speaker.token,
    )
    expect(own.body.data.Speaker.reviewState).toBe('awaiting_speaker') // GraphQL enum spelling
    expect(own.body.data.Speaker.invitations ?? []).toEqual([])
  })

  it('leaves slug, review state, pending text, log, invitations and links to accounts unchanged on a PATCH', async () => {
    const before = await payload.findByID({ collection: 'speakers', depth: 0, id: speaker.profile.id, showHiddenFields: true })
    const response = await api.patch(
      `/speakers/${speaker.profile.id}`,
      {
        account: { docs: [] },
        draft: { shortBio: 'sneaked in' },
        invitations: [],
        inviteTokenHash: 'x',
        proposal: { shortBio: 'sneaked in' },
        reviewLog: [],
        reviewState: 'approved',
        role: 'admin',
        sessions: { docs: [] },
        slug: 'hijacked',
        user: speakerUser.id,
      },
      speaker.token,
    )
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    const after = await payload.findByID({ collection: 'speakers', depth: 0, id: speaker.profile.id, showHiddenFields: true })
    for (const field of ['slug', 'reviewState', 'draft', 'proposal', 'reviewLog', 'invitations', 'inviteTokenHash', 'shortBio'] as const) {
      expect(after[field], field).toEqual(before[field])
    }
    const account = await payload.findByID({ collection: 'users', depth: 0, id: speakerUser.id })
    expect(account.role).toBe('speaker')
    expect(account.speaker).toBe(speaker.profile.id)
  })

  it('refuses writes to another profile by REST, GraphQL and Local API', async () => {
    expect((await api.patch(`/speakers/${other.id}`, { shortBio: 'x' }, speaker.token)).status).toBe(403)
    expect((await api.post(`/speakers/${other.id}/review`, { action: 'approve' }, speaker.token)).status).toBe(403)
    expect((await api.get(`/speakers/${other.id}/review`, speaker.token)).status).toBe(403)
    const graphql = await api.graphql<{ errors?: unknown[] }>(
      `mutation { updateSpeaker(id: ${other.id}, data: { shortBio: "x" }) { id } }`,
      speaker.token,
    )
    expect(graphql.body.errors?.length).toBeGreaterThan(0)
    await expect(
      payload.update({ collection: 'speakers', data: { shortBio: 'x' }, id: other.id, overrideAccess: false, user: speakerUser }),
    ).rejects.toMatchObject({ status: 403 })
    const stored = await payload.findByID({ collection: 'speakers', id: other.id })
    expect(stored.shortBio).toBe('Original short bio.')
    expect(stored.proposal).toMatchObject({ shortBio: 'Secret proposal' })
  })

  it('gives a speaker nothing beyond public content and itself, by REST and GraphQL', async () => {
    const token = speaker.token
    const expected: Record<string, number> = {
      articles: 200,
      'audit-log': 403,
      'event-series': 200,
      events: 200,
      media: 200,
      organizations: 200,
      'payload-jobs': 403,
      speakers: 200,
      talks: 200,
      'webhook-deliveries': 403,
      webhooks: 403,
    }
    for (const [collection, status] of Object.entries(expected)) {
      expect((await api.get(`/${collection}?limit=1`, token)).status, collection).toBe(status)
    }
    const users = await api.get<{ docs: Array<{ id: Id }> }>('/users?limit=100', token)
    expect(users.body.docs.map((user) => user.id)).toEqual([speakerUser.id])
    expect((await api.get(`/users/${editor.id}`, token)).status).toBe(404)
    expect((await api.get('/articles/versions', token)).status).toBe(403)
    expect([401, 403]).toContain((await api.get('/payload-jobs/run', token)).status)
    expect((await api.post('/events', { title: 'x' }, token)).status).toBe(403)
    expect((await api.post('/speakers', { name: 'x' }, token)).status).toBe(403)
    expect((await api.delete(`/speakers/${speaker.profile.id}`, token)).status).toBe(403)

    const graphql = await api.graphql<{ data: Record<string, null | { docs: unknown[] }>; errors?: Array<{ path: string[] }> }>(
      '{ Users { docs { id } } AuditLogs { docs { id } } Webhooks { docs { id } } WebhookDeliveries { docs { id } } versionsArticles { docs { id } } }',
      token,
    )
    expect(graphql.body.data.Users?.docs).toEqual([{ id: speakerUser.id }])
    const refused = new Set((graphql.body.errors ?? []).map((error) => error.path[0]))
    expect([...refused].sort()).toEqual(['AuditLogs', 'WebhookDeliveries', 'Webhooks', 'versionsArticles'])
  })

  it('gives no access through an id shared by a user and another profile', async () => {
    // A speaker user whose id is the id of a profile it is not linked to: the users sequence is
    // moved to that id for one insert, then put back.
    const pool = (payload.db as unknown as { pool: { query: (sql: string, values?: unknown[]) => Promise<unknown> } }).pool
    const taken = async (id: Id) => (await payload.count({ collection: 'users', where: { id: { equals: id } } })).totalDocs > 0
    let target = other
    while (await taken(target.id)) target = await createProfile()
    const ownProfile = await createProfile()
    await pool.query(`SELECT setval(pg_get_serial_sequence('users', 'id'), $1, false)`, [target.id])
    const colliding = await createUser(payload, 'speaker', ownProfile.id)
    await pool.query(`SELECT setval(pg_get_serial_sequence('users', 'id'), (SELECT max(id) FROM users))`)
    expect(colliding.id).toBe(target.id)
    const token = await login(colliding.email as string)
    expect((await api.patch(`/speakers/${target.id}`, { shortBio: 'collision' }, token)).status).toBe(403)
    const read = await api.get<Record<string, unknown>>(`/speakers/${target.id}`, token)
    expect(read.body.reviewState).toBeUndefined()
    expect(read.body.proposal).toBeUndefined()
    expect((await payload.findByID({ collection: 'speakers', id: target.id })).shortBio).not.toBe('collision')
    // A user of another auth collection carrying the speaker's id, role and link gets nothing either.
    const impostor = { ...speakerUser, collection: 'other-accounts' } as unknown as TypedUser
    await expect(
      payload.update({ collection: 'speakers', data: { shortBio: 'x' }, id: speaker.profile.id, overrideAccess: false, user: impostor }),
    ).rejects.toMatchObject({ status: 403 })
    const asImpostor = (await payload.findByID({
      collection: 'speakers',
      id: speaker.profile.id,
      overrideAccess: false,
      user: impostor,
    })) as unknown as Record<string, unknown>
    expect(asImpostor.reviewState).toBeUndefined()
  })
})
