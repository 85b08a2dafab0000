// The plugin in a host app of the tests' own (tests/host): the host's users and upload collections,
// every plugin collection on a custom slug, its own routes. Through REST, GraphQL and the Local API,
// so that a default slug or URL left anywhere in the plugin fails here. The host database is this
// file's alone: the first account it creates is the first of the site.
import type { Payload, SanitizedConfig, TypeWithID } from 'payload'

import { XMLParser } from 'fast-xml-parser'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { loadArticlePage, loadEventPage, loadNotesIndex, loadSpeakerPage } from 'talk-notes/site'

import { paragraphsToLexical } from '../../src/utilities/lexical'
import { hostSlugs, outbox, serverURL, siteUrl, slugOf } from '../host/config'
import { type ApiResponse, createApi } from '../helpers/http'
import { unique } from '../helpers/fixtures'
import { getHostPayload, loadHostConfig } from '../helpers/host'

type Doc = Record<string, unknown> & TypeWithID
type Role = 'admin' | 'editor' | 'speaker'

const password = 'a-long-test-password'
const { articles, events, eventSeries, media, speakers, talks, users } = hostSlugs

let payload: Payload
let config: SanitizedConfig
let api: ReturnType<typeof createApi>
let firstAccount: Doc
let adminToken: string
let editor: Doc
let editorToken: string
let addressCount = 0

/** A client address no other test uses: the sign-in limits count per address. */
const newAddress = () => `198.51.100.${(addressCount += 1)}`

async function login(email: string, secret = password, address = newAddress()): Promise<ApiResponse> {
  return api.request('POST', `/${users}/login`, { body: { email, password: secret }, headers: { 'X-Forwarded-For': address } })
}

async function tokenOf(email: string): Promise<string> {
  const reply = await login(email)
  expect(reply.status, JSON.stringify(reply.body)).toBe(200)
  return reply.body.token as string
}

/** An account of the host's own collection, created by the site's admin over REST. */
async function createAccount(role: Role, extra: Record<string, unknown> = {}): Promise<Doc> {
  const email = `${unique(role)}@host.test`
  const reply = await api.post(`/${users}`, { email, password, role, ...extra }, adminToken)
  expect(reply.status, JSON.stringify(reply.body)).toBe(201)
  return (reply.body as { doc: Doc }).doc
}

const solid = (width: number, height: number) => sharp({ create: { background: '#2a6f97', channels: 3, height, width } })

async function upload(data: Uint8Array, name: string, type: string, token: string) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(data)], { type }), name)
  form.append('_payload', JSON.stringify({ alt: 'Portrait', caption: 'At the venue' }))
  return api.postForm(`/${media}`, form, token)
}

const mediaCount = async () => (await payload.count({ collection: slugOf('media') })).totalDocs

/** The next mail to `address` whose subject matches, sent after the first `after` mails. */
function mailTo(address: string, subject: RegExp, after: number) {
  const mail = outbox.slice(after).find((message) => message.to === address && subject.test(message.subject ?? ''))
  if (!mail) throw new Error(`no mail to ${address} matching ${subject}; sent: ${outbox.map((message) => message.subject).join(' | ')}`)
  return mail
}

/** A profile with a speaker account invited by the editor, its password set from the mailed link. */
async function invitedSpeaker() {
  const profile = await payload.create({
    collection: slugOf('speakers'),
    data: { name: unique('Speaker'), shortBio: 'Published short bio.' } as never,
  })
  const email = `${unique('speaker')}@host.test`
  const sent = outbox.length
  const invited = await api.post(`/${speakers}/${profile.id}/invite`, { email }, editorToken)
  expect(invited.status, JSON.stringify(invited.body)).toBe(200)
  const text = String(mailTo(email, /Review your speaker profile/, sent).text)
  // On Payload's origin (serverURL) and the host's speakers slug, not the site's origin or /speakers.
  const link = new RegExp(`${serverURL}/api/${speakers}/invitation\\?token=([\\w-]+)`).exec(text)
  expect(link, text).not.toBeNull()
  const accepted = await api.post(`/${speakers}/invitation`, { password, token: link?.[1] })
  expect(accepted.status, JSON.stringify(accepted.body)).toBe(200)
  return { email, profile: profile as unknown as Doc, token: await tokenOf(email) }
}

beforeAll(async () => {
  payload = await getHostPayload()
  config = await loadHostConfig()
  api = createApi(config)
  // As the admin panel's "create first user" does.
  const first = await api.post(`/${users}/first-register`, { email: `${unique('first')}@host.test`, password })
  expect(first.status, JSON.stringify(first.body)).toBe(200)
  firstAccount = (first.body as { user: Doc }).user
  adminToken = await tokenOf(firstAccount.email as string)
  editor = await createAccount('editor')
  editorToken = await tokenOf(editor.email as string)
})

afterAll(async () => {
  await payload?.destroy()
})

describe("the host's own users collection", () => {
  it('gets the roles: the first account is the admin, and its own field and hook still work', async () => {
    expect(firstAccount.role).toBe('admin')
    expect(editor.role).toBe('editor')
    // The host's beforeChange hook filled its own field.
    expect(editor.displayName).toBe(String(editor.email).split('@')[0])
    expect(config.admin.user).toBe(users)
  })

  it('lets only admins give roles: an editor cannot make itself an admin', async () => {
    const reply = await api.patch(`/${users}/${editor.id}`, { displayName: 'Ed', role: 'admin' }, editorToken)
    expect(reply.status).toBe(200)
    const stored = await payload.findByID({ collection: slugOf('users'), depth: 0, id: editor.id })
    expect(stored).toMatchObject({ displayName: 'Ed', role: 'editor' })
  })

  it('refuses a speaker account without a speaker profile, naming the field', async () => {
    const reply = await api.post(`/${users}`, { email: `${unique('lonely')}@host.test`, password, role: 'speaker' }, adminToken)
    expect(reply.status).toBe(400)
    expect(JSON.stringify(reply.body)).toContain('a speaker account must be linked to a speaker profile')
  })

  it("protects sign-in: a client's sixth failure on one account is a 429, while the owner still gets in", async () => {
    const account = await createAccount('editor')
    const attacker = newAddress()
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect((await login(account.email as string, 'wrong-password', attacker)).status).toBe(401)
    }
    const refused = await login(account.email as string, password, attacker)
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await login(account.email as string, password, newAddress())).status).toBe(200)
  })

  it('lets only admins unlock accounts', async () => {
    const account = await createAccount('editor')
    const body = { email: account.email }
    expect((await api.post(`/${users}/unlock`, body, editorToken)).status).toBe(403)
    expect((await api.post(`/${users}/unlock`, body, adminToken)).status).toBe(200)
  })
})

describe("the host's own upload collection", () => {
  it('takes a speaker photo, with the sizes the site reads beside the host\'s own, served inertly', async () => {
    const { token } = await invitedSpeaker()
    const reply = await upload(await solid(1600, 900).jpeg().toBuffer(), 'me.jpg', 'image/jpeg', token)
    expect(reply.status, JSON.stringify(reply.body)).toBe(201)
    const doc = (reply.body as { doc: Doc & { sizes: Record<string, { url?: null | string; width?: number }> } }).doc
    expect(doc).toMatchObject({ alt: 'Portrait', caption: 'At the venue' })
    expect(Object.keys(doc.sizes).sort()).toEqual(['avatar', 'avatarLarge', 'avatarSmall', 'card', 'social', 'thumbnail'])
    expect(doc.sizes.avatar.width).toBe(256)
    expect(doc.sizes.thumbnail.width).toBe(320)
    const file = await api.fetchRaw(`/${media}/file/${String(doc.filename)}`)
    expect(file.status).toBe(200)
    expect(file.headers.get('x-content-type-options')).toBe('nosniff')
    expect(file.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox")
  })

  it('refuses an oversized image, an HTML polyglot and a pixel bomb with a 400 naming the file, storing nothing', async () => {
    const { token } = await invitedSpeaker()
    const noisy = await sharp({
      create: { background: '#000', channels: 3, height: 1600, noise: { mean: 128, sigma: 60, type: 'gaussian' }, width: 1600 },
    })
      .png({ compressionLevel: 0 })
      .toBuffer()
    const jpeg = await solid(400, 400).jpeg().toBuffer()
    const polyglot = Buffer.concat([jpeg, Buffer.from('<html><body><script>fetch("/api/accounts")</script></body></html>')])
    const bomb = await solid(7000, 7000).png().toBuffer()
    const before = await mediaCount()
    for (const [data, name, type, message] of [
      [noisy, 'big.png', 'image/png', /file \\"big\.png\\" is larger than 5 MB/],
      [polyglot, 'me.jpg', 'image/jpeg', /file \\"me\.jpg\\" contains HTML, SVG or script markup/],
      [bomb, 'bomb.png', 'image/png', /7000 × 7000 pixels; at most 40 megapixels/],
    ] as const) {
      for (const uploader of [token, editorToken]) {
        const reply = await upload(data, name, type, uploader)
        expect(reply.status, name).toBe(400)
        expect(JSON.stringify(reply.body)).toMatch(message)
      }
    }
    expect(await mediaCount()).toBe(before)
  })

  it("lets a speaker change or delete no upload, where the host's own rules let any signed-in user", async () => {
    const { token } = await invitedSpeaker()
    const own = await upload(await solid(300, 300).png().toBuffer(), 'mine.png', 'image/png', token)
    const id = (own.body as { doc: Doc }).doc.id
    expect((await api.patch(`/${media}/${id}`, { alt: 'changed' }, token)).status).toBe(403)
    expect((await api.delete(`/${media}/${id}`, token)).status).toBe(403)
    // Everyone else keeps what the host's collection says (Payload's default: any signed-in user).
    expect((await api.patch(`/${media}/${id}`, { alt: 'Edited by an editor' }, editorToken)).status).toBe(200)
    expect((await api.delete(`/${media}/${id}`, editorToken)).status).toBe(200)
    expect((await api.postForm(`/${media}`, new FormData())).status).toBe(403)
  })
})

describe('publishing on custom slugs and routes', () => {
  let eventSlug: string
  let sessionSlug: string
  let sessionId: number | string

  const feedItems = async (path: string) => {
    const response = await api.fetchRaw(path)
    expect(response.status).toBe(200)
    return (JSON.parse(await response.text()) as { items: Array<{ title: string; url: string }> }).items
  }

  beforeAll(async () => {
    const series = await api.post(`/${eventSeries}`, { name: unique('Host series') }, editorToken)
    expect(series.status, JSON.stringify(series.body)).toBe(201)
    const event = await api.post(
      `/${events}`,
      {
        dates: [{ end: '2030-09-01T17:00:00.000Z', start: '2030-09-01T08:00:00.000Z' }],
        series: (series.body as { doc: Doc }).doc.id,
        timezone: 'Europe/Lisbon',
        title: unique('Host event'),
      },
      editorToken,
    )
    expect(event.status, JSON.stringify(event.body)).toBe(201)
    const eventDoc = (event.body as { doc: Doc }).doc
    eventSlug = eventDoc.slug as string
    const session = await api.post(
      `/${talks}`,
      { endsAt: '2030-09-01T10:45:00.000Z', event: eventDoc.id, kind: 'talk', startsAt: '2030-09-01T10:00:00.000Z', title: unique('Host session') },
      editorToken,
    )
    expect(session.status, JSON.stringify(session.body)).toBe(201)
    sessionId = (session.body as { doc: Doc }).doc.id
    sessionSlug = (session.body as { doc: Doc }).doc.slug as string
  })

  it('publishes an article featuring a session: the session lists it and the feeds link to the host\'s pages', async () => {
    const title = unique('Host note')
    const event = await payload.find({ collection: slugOf('events'), where: { slug: { equals: eventSlug } } })
    const created = await api.post(
      `/${articles}?draft=true`,
      { _status: 'draft', body: paragraphsToLexical([`Body of ${title}`]), event: event.docs[0].id, featuredSessions: [sessionId], title },
      editorToken,
    )
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const article = (created.body as { doc: Doc }).doc
    expect((await feedItems('/feed.json')).map((item) => item.title)).not.toContain(title)

    const published = await api.patch(`/${articles}/${article.id}`, { _status: 'published' }, editorToken)
    expect(published.status, JSON.stringify(published.body)).toBe(200)
    const session = await api.get<{ featuredArticles: { docs: Array<{ title: string }> } }>(`/${talks}/${sessionId}?depth=1`)
    expect(session.body.featuredArticles.docs.map((doc) => doc.title)).toContain(title)

    for (const path of ['/feed.json', `/feed.json?event=${eventSlug}`]) {
      const item = (await feedItems(path)).find((candidate) => candidate.title === title)
      expect(item?.url, path).toBe(`${siteUrl}/writeups/${article.slug as string}`)
      expect(JSON.stringify(item)).toContain(`${siteUrl}/programme/${eventSlug}/${sessionSlug}`)
    }
    const rss = new XMLParser().parse(await (await api.fetchRaw('/feed.xml')).text()) as {
      rss: { channel: { item: Array<{ link: string; title: string }> | { link: string; title: string } } }
    }
    const items = [rss.rss.channel.item].flat()
    expect(items.find((item) => item.title === title)?.link).toBe(`${siteUrl}/writeups/${article.slug as string}`)

    // Audited under the host's slugs, with the editor of the host's own users collection.
    const audit = await payload.find({
      collection: slugOf('auditLog'),
      depth: 0,
      where: { and: [{ documentId: { equals: String(article.id) } }, { action: { equals: 'published' } }] },
    })
    expect(audit.docs[0]).toMatchObject({ collectionSlug: articles, user: editor.id })
  })

  it("feeds the host's pages through the site loaders and the schedule exports, on its slugs and routes", async () => {
    const title = unique('Loaded note')
    const speaker = (await payload.create({ collection: slugOf('speakers'), data: { name: unique('Presenter') } as never })) as unknown as Doc
    await payload.update({
      collection: slugOf('talks'),
      data: { speakers: [{ role: 'speaker', speaker: speaker.id }] } as never,
      id: sessionId,
    })
    const event = (await payload.find({ collection: slugOf('events'), where: { slug: { equals: eventSlug } } })).docs[0]
    const article = (await payload.create({
      collection: slugOf('articles'),
      data: { _status: 'published', authors: [speaker.id], event: event.id, featuredSessions: [sessionId], title } as never,
    })) as unknown as Doc
    const articleUrl = `${siteUrl}/writeups/${article.slug as string}`

    const page = await loadEventPage(payload, eventSlug)
    const session = page?.sessions.find((candidate) => candidate.id === sessionId)
    expect(session?.url).toBe(`${siteUrl}/programme/${eventSlug}/${sessionSlug}`)
    expect(session?.featuredArticles.find((link) => link.title === title)?.url).toBe(articleUrl)
    expect(session?.people.map((person) => person.url)).toEqual([`${siteUrl}/who/${speaker.slug as string}`])
    expect(page?.articles.map((card) => card.url)).toContain(articleUrl)

    const articlePage = await loadArticlePage(payload, article.slug as string)
    expect(articlePage?.article.authors.map((author) => author.name)).toEqual([speaker.name])
    expect(articlePage?.article.sessions.map((link) => link.title)).toContain(session?.title)
    const notes = await loadNotesIndex(payload, { event: eventSlug, speaker: speaker.slug as string })
    expect(notes.unknown).toEqual([])
    expect(notes.articles.map((card) => card.url)).toContain(articleUrl)
    // The full-text search on the host's own tables (conference_notes), with the same filters.
    const searched = await loadNotesIndex(payload, { event: eventSlug, q: title, speaker: speaker.slug as string })
    expect(searched.articles.map((card) => card.url)).toEqual([articleUrl])
    const rest = await api.get<{ docs: Array<{ id: unknown }> }>(`/${articles}?where[search][like]=${encodeURIComponent(title)}&depth=0`, editorToken)
    expect(rest.body.docs.map((doc) => doc.id)).toEqual([article.id])
    const speakerPage = await loadSpeakerPage(payload, speaker.slug as string)
    expect(speakerPage?.sessions.map((item) => item.title)).toEqual([session?.title])

    const calendar = await api.fetchRaw(`/${events}/${eventSlug}/schedule.ics`)
    expect(calendar.status).toBe(200)
    const ics = (await calendar.text()).replace(/\r\n[ \t]/g, '')
    expect(ics).toContain(`SUMMARY:${session?.title as string}`)
    expect(ics).toContain(`URL;VALUE=URI:${siteUrl}/programme/${eventSlug}/${sessionSlug}`)
  })

  it('never shows a draft to visitors or speakers, over REST, GraphQL or the feeds', async () => {
    const title = unique('Host draft')
    const event = await payload.find({ collection: slugOf('events'), where: { slug: { equals: eventSlug } } })
    const draft = await api.post(
      `/${articles}?draft=true`,
      { _status: 'draft', event: event.docs[0].id, featuredSessions: [sessionId], title },
      editorToken,
    )
    expect(draft.status).toBe(201)
    const { token: speakerToken } = await invitedSpeaker()
    for (const token of [undefined, speakerToken]) {
      const rest = await api.get<{ docs: Array<{ title: string }> }>(`/${articles}?draft=true&limit=100`, token)
      expect(rest.status).toBe(200)
      expect(rest.body.docs.map((doc) => doc.title)).not.toContain(title)
      const versions = await api.get(`/${articles}/versions?limit=100`, token)
      expect(JSON.stringify(versions.body)).not.toContain(title)
      const graphql = await api.graphql<{ data: { ConferenceNotes: { docs: Array<{ title: string }> } } }>(
        '{ ConferenceNotes(draft: true, limit: 100) { docs { title } } }',
        token,
      )
      expect(graphql.body.data.ConferenceNotes.docs.length).toBeGreaterThan(0)
      expect(graphql.body.data.ConferenceNotes.docs.map((doc) => doc.title)).not.toContain(title)
      const session = await api.get<{ featuredArticles: { docs: Array<{ title: string }> } }>(`/${talks}/${sessionId}?depth=1`, token)
      expect(session.body.featuredArticles.docs.map((doc) => doc.title)).not.toContain(title)
      for (const path of ['/feed.json', '/feed.atom', `/feed.xml?event=${eventSlug}`]) {
        const response = await api.fetchRaw(path, token ? { Authorization: `JWT ${token}` } : {})
        expect(await response.text()).not.toContain(title)
      }
    }
    // The editor does see it, so the draft was there to leak.
    const asEditor = await api.get<{ docs: Array<{ title: string }> }>(`/${articles}?draft=true&limit=100`, editorToken)
    expect(asEditor.body.docs.map((doc) => doc.title)).toContain(title)
  })
})

describe('the speaker review on the host\'s speakers slug', () => {
  it('turns a speaker\'s edit and photo into a proposal that an editor accepts, with links to the host\'s admin', async () => {
    const { email, profile, token } = await invitedSpeaker()
    const photo = await upload(await solid(800, 800).webp().toBuffer(), 'me.webp', 'image/webp', token)
    expect(photo.status).toBe(201)
    const photoId = (photo.body as { doc: Doc }).doc.id

    const sent = outbox.length
    const proposed = await api.patch(`/${speakers}/${profile.id}`, { photo: photoId, shortBio: 'Written by the speaker.' }, token)
    expect(proposed.status, JSON.stringify(proposed.body)).toBe(200)
    const notice = mailTo(editor.email as string, /proposed changes to their speaker profile/, sent)
    expect(String(notice.text)).toContain(`${serverURL}/admin/collections/${speakers}/${profile.id}`)
    // Nothing public changes before an editor accepts.
    const before = await api.get<Doc>(`/${speakers}/${profile.id}?depth=0`)
    expect(before.body).toMatchObject({ shortBio: 'Published short bio.' })
    expect(before.body.photo ?? null).toBeNull()

    const review = await api.get<{ changes: Array<{ field: string }>; reviewState: string }>(`/${speakers}/${profile.id}/review`, editorToken)
    expect(review.status).toBe(200)
    expect(review.body.reviewState).toBe('changes-proposed')
    expect(review.body.changes.map((change) => change.field).sort()).toEqual(['photo', 'shortBio'])

    const accepted = await api.post(`/${speakers}/${profile.id}/review`, { action: 'accept' }, editorToken)
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200)
    expect(String(mailTo(email, /were accepted/, sent).text)).toContain(`${serverURL}/admin/collections/${speakers}/${profile.id}`)
    const after = await api.get<Doc & { photo: { sizes: { avatar: { url: string } } } }>(`/${speakers}/${profile.id}?depth=1`)
    expect(after.body.shortBio).toBe('Written by the speaker.')
    expect(after.body.photo.sizes.avatar.url).toMatch(new RegExp(`/api/${media}/file/`))
  })

  it("refuses a speaker's edit of another profile, its review and another account", async () => {
    const speaker = await invitedSpeaker()
    const other = await invitedSpeaker()
    expect((await api.patch(`/${speakers}/${other.profile.id}`, { shortBio: 'Not mine' }, speaker.token)).status).toBe(403)
    expect((await api.get(`/${speakers}/${other.profile.id}/review`, speaker.token)).status).toBe(403)
    expect((await api.post(`/${speakers}/${other.profile.id}/review`, { action: 'approve' }, speaker.token)).status).toBe(403)
    const stored = await payload.findByID({ collection: slugOf('speakers'), depth: 0, id: other.profile.id })
    expect(JSON.stringify(stored)).not.toContain('Not mine')
  })

  it("confines a speaker to its own account, where the host's users collection lets any signed-in user", async () => {
    const speaker = await invitedSpeaker()
    const own = await api.get<{ user: Doc }>(`/${users}/me`, speaker.token)
    expect(own.body.user.email).toBe(speaker.email)
    const list = await api.get<{ docs: Doc[] }>(`/${users}?limit=100`, speaker.token)
    expect(list.body.docs.map((doc) => doc.email)).toEqual([speaker.email])
    // Another account is not there for it to read (404), nor to change (403).
    expect((await api.get(`/${users}/${editor.id}`, speaker.token)).status).toBe(404)
    expect((await api.patch(`/${users}/${editor.id}`, { displayName: 'Taken over' }, speaker.token)).status).toBe(403)
    expect((await api.delete(`/${users}/${firstAccount.id}`, speaker.token)).status).toBe(403)
    expect(await payload.findByID({ collection: slugOf('users'), depth: 0, id: editor.id })).not.toMatchObject({ displayName: 'Taken over' })
    expect(await payload.count({ collection: slugOf('users'), where: { id: { equals: firstAccount.id } } })).toEqual({ totalDocs: 1 })
    const created = await api.post(`/${users}`, { email: `${unique('made-by-speaker')}@host.test`, password }, speaker.token)
    expect(created.status).toBe(403)
    expect((await api.patch(`/${users}/${own.body.user.id}`, { displayName: 'Me' }, speaker.token)).status).toBe(200)
    // The host's rule (Payload's default) still stands for its other users: an editor reads every account.
    const asEditor = await api.get<{ totalDocs: number }>(`/${users}?limit=1`, editorToken)
    expect(asEditor.body.totalDocs).toBeGreaterThan(2)
  })
})
