// Payload's document locks (payload-locked-documents) over REST and GraphQL: editors manage them,
// speakers see and release only their own, visitors nothing; locking itself keeps working.
import type { Payload, TypedUser } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createEventFixture, createUser, type Id, tokenOf, unique } from '../helpers/fixtures'
import { createApi } from '../helpers/http'
import { getTestPayload, loadTestConfig } from '../helpers/payload'

const slug = 'payload-locked-documents'

let payload: Payload
let api: ReturnType<typeof createApi>
let editor: TypedUser
let speaker: TypedUser
let editorToken: string
let speakerToken: string
let speakerProfileId: Id
let eventId: Id
let editorLockId: Id
let speakerLockId: Id

interface LockList {
  docs: { id: Id }[]
}

// What the admin does when a user opens a document: Payload writes the lock without access checks.
async function lockAs(user: TypedUser, relationTo: 'events' | 'speakers', value: Id): Promise<Id> {
  const lock = await payload.db.create({
    collection: slug,
    data: { document: { relationTo, value }, user: { relationTo: 'users', value: user.id } },
  })
  return lock.id as Id
}

beforeAll(async () => {
  payload = await getTestPayload()
  api = createApi(await loadTestConfig())
  const profile = await payload.create({ collection: 'speakers', data: { name: unique('Speaker') } as never })
  speakerProfileId = profile.id
  editor = await createUser(payload, 'editor')
  speaker = await createUser(payload, 'speaker', speakerProfileId)
  editorToken = await tokenOf(payload, editor)
  speakerToken = await tokenOf(payload, speaker)
  eventId = (await createEventFixture(payload)).event.id
  editorLockId = await lockAs(editor, 'events', eventId)
  speakerLockId = await lockAs(speaker, 'speakers', speakerProfileId)
})

afterAll(async () => {
  await payload.db.deleteMany({ collection: slug, where: { id: { in: [editorLockId, speakerLockId] } } })
  await payload.destroy()
})

describe('payload-locked-documents over REST', () => {
  it("shows a speaker only its own lock, never an editor's, and a visitor none", async () => {
    expect((await api.get(`/${slug}`)).status).toBe(403)
    expect((await api.get(`/${slug}/${editorLockId}`)).status).toBe(403)
    const list = await api.get<LockList>(`/${slug}?limit=100`, speakerToken)
    expect(list.status).toBe(200)
    const ids = list.body.docs.map((doc) => doc.id)
    expect(ids).toContain(speakerLockId)
    expect(ids).not.toContain(editorLockId)
    expect((await api.get(`/${slug}/${editorLockId}`, speakerToken)).status).toBe(404)
  })

  it('refuses a speaker creating, changing or deleting locks', async () => {
    const created = await api.post(
      `/${slug}`,
      { document: { relationTo: 'events', value: eventId }, user: { relationTo: 'users', value: speaker.id } },
      speakerToken,
    )
    expect(created.status).toBe(403)
    const moved = await api.patch(
      `/${slug}/${speakerLockId}`,
      { document: { relationTo: 'events', value: eventId } },
      speakerToken,
    )
    expect(moved.status).toBe(403)
    expect([403, 404]).toContain((await api.delete(`/${slug}/${editorLockId}`, speakerToken)).status)
    const still = await payload.find({ collection: slug, where: { id: { equals: editorLockId } } })
    expect(still.docs).toHaveLength(1)
  })

  it('lets a speaker release its own lock, as the admin does on leaving a document', async () => {
    const ownLock = await lockAs(speaker, 'speakers', speakerProfileId)
    expect((await api.delete(`/${slug}/${ownLock}`, speakerToken)).status).toBe(200)
    expect((await payload.find({ collection: slug, where: { id: { equals: ownLock } } })).docs).toHaveLength(0)
  })

  it('lets an editor list, create and delete locks', async () => {
    const list = await api.get<LockList>(`/${slug}?limit=100`, editorToken)
    expect(list.status).toBe(200)
    expect(list.body.docs.map((doc) => doc.id)).toEqual(expect.arrayContaining([editorLockId, speakerLockId]))
    const created = await api.post(
      `/${slug}`,
      { document: { relationTo: 'events', value: eventId }, user: { relationTo: 'users', value: editor.id } },
      editorToken,
    )
    expect(created.status).toBe(201)
    const id = (created.body as { doc: { id: Id } }).doc.id
    expect((await api.delete(`/${slug}/${id}`, editorToken)).status).toBe(200)
  })
})

describe('payload-locked-documents over GraphQL', () => {
  const query = '{ PayloadLockedDocuments(limit: 100) { docs { id } } }'
  type Answer = { data?: { PayloadLockedDocuments: LockList | null }; errors?: unknown[] }

  it('shows a speaker only its own lock and a visitor none', async () => {
    const asSpeaker = await api.graphql<Answer>(query, speakerToken)
    const ids = asSpeaker.body.data?.PayloadLockedDocuments?.docs.map((doc) => doc.id) ?? []
    expect(ids).not.toContain(editorLockId)
    const anonymous = await api.graphql<Answer>(query)
    expect(anonymous.body.data?.PayloadLockedDocuments ?? null).toBeNull()
    expect(anonymous.body.errors?.length).toBeGreaterThan(0)
  })
})

describe('document locking', () => {
  it('still stops an editor saving a document a speaker is editing, and shows the editor that lock', async () => {
    const seen = await payload.find({
      collection: slug,
      overrideAccess: false,
      user: editor,
      where: { 'document.value': { equals: speakerProfileId } },
    })
    expect(seen.docs.map((doc) => doc.id)).toContain(speakerLockId)
    await expect(
      payload.update({
        collection: 'speakers',
        data: { jobTitle: 'changed' } as never,
        id: speakerProfileId,
        overrideAccess: false,
        overrideLock: false,
        user: editor,
      }),
    ).rejects.toMatchObject({ status: 423 })
  })
})
