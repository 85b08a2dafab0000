import type { CollectionSlug, Payload, TypedUser } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createApi } from '../helpers/http'
import { createEventFixture, createUser, type Id, pngFile, unique } from '../helpers/fixtures'
import { getTestPayload, loadTestConfig } from '../helpers/payload'

type Role = 'admin' | 'anonymous' | 'editor' | 'speaker'
type Operation = 'create' | 'delete' | 'read' | 'update'

/**
 * The documented access baseline (README). Each cell is tried on a document that is not the
 * user's own: a published article, another speaker's profile, another user's account.
 */
const content = { admin: 'crud', anonymous: 'r', editor: 'crud', speaker: 'r' }
const expected: Record<string, Record<Role, string>> = {
  articles: content,
  'event-series': content,
  events: content,
  // Speakers upload their own photo (an editor accepts it on the profile); they change nothing else.
  media: { ...content, speaker: 'cr' },
  organizations: content,
  speakers: content,
  talks: content,
  users: { admin: 'crud', anonymous: '', editor: '', speaker: '' },
  'audit-log': { admin: 'r', anonymous: '', editor: 'r', speaker: '' },
  webhooks: { admin: 'crud', anonymous: '', editor: '', speaker: '' },
  'webhook-deliveries': { admin: 'rd', anonymous: '', editor: '', speaker: '' },
}

let payload: Payload
let makeData: Record<string, () => Promise<Record<string, unknown>>>
const updates: Record<string, Record<string, unknown>> = {
  articles: { excerpt: 'changed' },
  'event-series': { summary: 'changed' },
  events: { summary: 'changed' },
  media: { credit: 'changed' },
  organizations: { website: 'https://example.org' },
  speakers: { jobTitle: 'changed' },
  talks: { room: 'changed' },
  users: { name: 'changed' },
  'audit-log': { summary: 'changed' },
  webhooks: { active: false },
  'webhook-deliveries': { error: 'changed' },
}
const users: Partial<Record<Role, TypedUser>> = {}
let ownSpeakerId: Id
let otherSpeakerId: Id
let eventId: Id

async function createAsSystem(collection: CollectionSlug) {
  const data = await makeData[collection]()
  const file = collection === 'media' ? await pngFile() : undefined
  return payload.create({ collection, data: data as never, draft: false, file })
}

/** Runs one operation as `role`; true when allowed, false when refused for access reasons. */
async function attempt(collection: CollectionSlug, operation: Operation, role: Role): Promise<boolean> {
  const user = users[role]
  const asUser = { overrideAccess: false, user } as const
  try {
    if (operation === 'create') {
      const data = await makeData[collection]()
      const file = collection === 'media' ? await pngFile() : undefined
      const doc = await payload.create({ collection, data: data as never, file, ...asUser })
      await payload.delete({ collection, id: doc.id })
    } else if (operation === 'read') {
      await payload.findByID({ collection, id: targets[collection], ...asUser })
    } else if (operation === 'update') {
      await payload.update({ collection, data: updates[collection] as never, id: targets[collection], ...asUser })
    } else {
      const doc = await createAsSystem(collection)
      try {
        await payload.delete({ collection, id: doc.id, ...asUser })
      } catch (error) {
        await payload.delete({ collection, id: doc.id })
        throw error
      }
    }
    return true
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 403 || status === 404) return false
    throw error
  }
}

const targets: Record<string, Id> = {}

beforeAll(async () => {
  payload = await getTestPayload()
  const { event, series } = await createEventFixture(payload)
  eventId = event.id
  const organization = await payload.create({ collection: 'organizations', data: { name: unique('Org') } })
  makeData = {
    articles: async () => ({ _status: 'published', event: event.id, title: unique('Article') }),
    'event-series': async () => ({ name: unique('Series') }),
    events: async () => ({
      dates: [{ end: '2030-06-01T18:00:00.000Z', start: '2030-06-01T09:00:00.000Z' }],
      series: series.id,
      timezone: 'UTC',
      title: unique('Event'),
    }),
    media: async () => ({ alt: 'A test image' }),
    organizations: async () => ({ name: unique('Organization') }),
    speakers: async () => ({ name: unique('Speaker'), organization: organization.id }),
    talks: async () => ({
      endsAt: '2030-05-01T10:30:00.000Z',
      event: event.id,
      kind: 'talk',
      startsAt: '2030-05-01T10:00:00.000Z',
      title: unique('Talk'),
    }),
    users: async () => ({ email: `${unique('user')}@example.test`, password: 'a-long-test-password', role: 'editor' }),
    'audit-log': async () => ({ action: 'published', collectionSlug: 'articles', documentId: '1', summary: unique('entry') }),
    webhooks: async () => ({ events: ['article.published'], url: 'https://example.com/hook' }),
    'webhook-deliveries': async () => ({ body: { test: true }, event: 'article.published', url: 'https://example.com/hook' }),
  }
  const own = await createAsSystem('speakers')
  ownSpeakerId = own.id
  users.admin = await createUser(payload, 'admin')
  users.editor = await createUser(payload, 'editor')
  users.speaker = await createUser(payload, 'speaker', ownSpeakerId)
  for (const collection of Object.keys(expected) as CollectionSlug[]) {
    targets[collection] = (await createAsSystem(collection)).id
  }
  otherSpeakerId = targets.speakers
})

afterAll(async () => {
  await payload.destroy()
})

describe('access matrix (Local API, overrideAccess: false)', () => {
  for (const collection of Object.keys(expected) as CollectionSlug[]) {
    for (const role of ['anonymous', 'speaker', 'editor', 'admin'] as Role[]) {
      it(`${role} on ${collection}: exactly "${expected[collection][role] || 'nothing'}"`, async () => {
        let allowed = ''
        for (const [letter, operation] of [['c', 'create'], ['r', 'read'], ['u', 'update'], ['d', 'delete']] as const) {
          if (await attempt(collection, operation, role)) allowed += letter
        }
        expect(allowed).toBe(expected[collection][role])
      })
    }
  }
})

describe('own records', () => {
  it('lets a speaker update its own profile but not its slug', async () => {
    const before = await payload.findByID({ collection: 'speakers', id: ownSpeakerId })
    const updated = await payload.update({
      collection: 'speakers',
      data: { jobTitle: 'Principal Engineer', slug: 'hijacked-slug' },
      id: ownSpeakerId,
      overrideAccess: false,
      user: users.speaker,
    })
    expect(updated.jobTitle).toBe('Principal Engineer')
    expect(updated.slug).toBe(before.slug)
  })

  it('refuses a speaker editing another speaker', async () => {
    await expect(
      payload.update({
        collection: 'speakers',
        data: { jobTitle: 'x' },
        id: otherSpeakerId,
        overrideAccess: false,
        user: users.speaker,
      }),
    ).rejects.toMatchObject({ status: 403 })
    const other = await payload.findByID({ collection: 'speakers', id: otherSpeakerId })
    expect(other.jobTitle).not.toBe('x')
  })

  it('lets users read and update themselves, but never change their own role or profile link', async () => {
    for (const role of ['speaker', 'editor'] as const) {
      const user = users[role] as TypedUser
      const self = await payload.findByID({ collection: 'users', id: user.id, overrideAccess: false, user })
      expect(self.email).toBe(user.email)
      const updated = await payload.update({
        collection: 'users',
        data: { name: `${role} renamed`, role: 'admin', speaker: otherSpeakerId },
        id: user.id,
        overrideAccess: false,
        user,
      })
      expect(updated.name).toBe(`${role} renamed`)
      expect(updated.role).toBe(role)
      const stored = await payload.findByID({ collection: 'users', depth: 0, id: user.id })
      expect(stored.role).toBe(role)
      expect(stored.speaker ?? null).toBe(role === 'speaker' ? ownSpeakerId : null)
    }
  })

  it('lets an admin change roles', async () => {
    const user = await createUser(payload, 'editor')
    const updated = await payload.update({
      collection: 'users',
      data: { role: 'admin' },
      id: user.id,
      overrideAccess: false,
      user: users.admin,
    })
    expect(updated.role).toBe('admin')
  })

  it('requires a speaker account to be linked to one profile', async () => {
    await expect(
      payload.create({
        collection: 'users',
        data: { email: `${unique('unlinked')}@example.test`, password: 'a-long-test-password', role: 'speaker' },
      }),
    ).rejects.toThrow(/speaker/i)
    // The profile already belongs to the test's speaker account.
    await expect(createUser(payload, 'speaker', ownSpeakerId)).rejects.toThrow(/speaker/i)
  })

  it('gives nothing to a user of another auth collection with a colliding id and an admin role', async () => {
    const impostor = { ...(users.admin as TypedUser), collection: 'other-accounts' } as unknown as TypedUser
    await expect(
      payload.update({ collection: 'events', data: { summary: 'x' }, id: eventId, overrideAccess: false, user: impostor }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      payload.findByID({ collection: 'users', id: (users.admin as TypedUser).id, overrideAccess: false, user: impostor }),
    ).rejects.toMatchObject({ status: 403 })
  })
})

describe('drafts never reach visitors or speakers', () => {
  let draftId: Id
  let draftTitle: string
  let api: ReturnType<typeof createApi>
  const tokens: Partial<Record<Role, string>> = {}

  beforeAll(async () => {
    api = createApi(await loadTestConfig())
    draftTitle = unique('Secret draft')
    const draft = await payload.create({
      collection: 'articles',
      data: { _status: 'draft', event: eventId, title: draftTitle },
      draft: true,
    })
    draftId = draft.id
    const speakerLogin = await payload.login({
      collection: 'users',
      data: { email: (users.speaker as TypedUser).email as string, password: 'a-long-test-password' },
    })
    tokens.speaker = speakerLogin.token
  })

  for (const role of ['anonymous', 'speaker'] as const) {
    it(`hides a draft article from ${role} users over REST`, async () => {
      const token = tokens[role]
      const list = await api.get<{ docs: Array<{ title: string }> }>('/articles?limit=100&draft=true', token)
      expect(list.status).toBe(200)
      expect(list.body.docs.map((doc) => doc.title)).not.toContain(draftTitle)
      expect((await api.get(`/articles/${draftId}`, token)).status).toBe(404)
      expect((await api.get(`/articles/${draftId}?draft=true`, token)).status).toBe(404)
      const versions = await api.get<{ docs?: unknown[] }>('/articles/versions', token)
      expect(versions.status).toBe(403)
    })

    it(`hides a draft article from ${role} users over GraphQL`, async () => {
      const token = tokens[role]
      const list = await api.graphql<{ data: { Articles: { docs: Array<{ title: string }> } } }>(
        '{ Articles(limit: 100, draft: true) { docs { title } } }',
        token,
      )
      expect(list.body.data.Articles.docs.map((doc) => doc.title)).not.toContain(draftTitle)
      const one = await api.graphql<{ data: { Article: null | { title: string } } }>(
        `{ Article(id: ${JSON.stringify(draftId)}, draft: true) { title } }`,
        token,
      )
      expect(one.body.data?.Article ?? null).toBeNull()
    })
  }

  it('shows the draft to an editor, so the filter is what hides it', async () => {
    const login = await payload.login({
      collection: 'users',
      data: { email: (users.editor as TypedUser).email as string, password: 'a-long-test-password' },
    })
    const one = await api.get<{ title: string }>(`/articles/${draftId}?draft=true`, login.token)
    expect(one.status).toBe(200)
    expect(one.body.title).toBe(draftTitle)
  })
})
