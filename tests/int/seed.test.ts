import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seedDemo } from '../../demo/seed'
import * as data from '../../demo/seed/data'
import { getTestPayload } from '../helpers/payload'

let payload: Payload
let eventId: number | string

const pt = (iso: string) =>
  new Intl.DateTimeFormat('en-US', {
    hour: '2-digit',
    hourCycle: 'h23',
    minute: '2-digit',
    timeZone: 'America/Los_Angeles',
  }).format(new Date(iso))

beforeAll(async () => {
  payload = await getTestPayload()
  await seedDemo(payload, { password: 'test-password' })
  const { docs } = await payload.find({ collection: 'events', where: { slug: { equals: 'networking-scale-2024' } } })
  eventId = docs[0].id
})
afterAll(async () => {
  await payload.destroy()
})

async function snapshot() {
  const collections = ['event-series', 'events', 'talks', 'speakers', 'organizations', 'articles', 'media', 'users'] as const
  const result: Record<string, string[]> = {}
  for (const collection of collections) {
    const { docs } = await payload.find({ collection, depth: 0, limit: 0, pagination: false, sort: 'id' })
    result[collection] = docs.map((doc) => `${doc.id}@${String(doc.updatedAt)}`)
  }
  return result
}

describe('demo seed', () => {
  it('models the Networking @Scale 2024 event', async () => {
    const event = await payload.findByID({ collection: 'events', depth: 1, id: eventId })
    expect(event.title).toBe('Networking @Scale 2024')
    expect(event.venue?.name).toBe('Santa Clara Convention Center')
    expect(event.timezone).toBe('America/Los_Angeles')
    expect(event.registrationStatus).toBe('rsvps-closed')
    expect(pt(event.startsAt as string)).toBe('08:30')
    expect(new Date(event.startsAt as string).toISOString().slice(0, 10)).toBe('2024-09-11')
  })

  it('has the 18 agenda slots at their Pacific times', async () => {
    const { docs } = await payload.find({
      collection: 'talks',
      depth: 0,
      limit: 100,
      sort: 'startsAt',
      where: { event: { equals: eventId } },
    })
    expect(docs).toHaveLength(18)
    expect(docs.map((talk) => `${pt(talk.startsAt)}-${pt(talk.endsAt)}`)).toEqual([
      '08:30-10:00', '10:00-10:05', '10:05-10:25', '10:25-10:45', '10:45-11:05', '11:05-11:35',
      '11:35-11:55', '11:55-12:15', '12:15-12:35', '12:35-12:55', '12:55-13:25', '13:25-14:25',
      '14:25-14:45', '14:45-15:05', '15:05-15:25', '15:25-15:55', '15:55-16:00', '16:00-17:30',
    ])
    expect(docs[0].kind).toBe('meal')
    expect(docs[5]).toMatchObject({ kind: 'panel', title: 'Live Q&A Session 1' })
    expect(docs[17]).toMatchObject({ kind: 'social', title: 'Happy Hour' })
  })

  it('has the 20 people with organizations, 3 of them as moderators', async () => {
    const { docs: talks } = await payload.find({
      collection: 'talks',
      depth: 2,
      limit: 100,
      where: { event: { equals: eventId } },
    })
    const people = new Map<string, string>()
    const moderators = new Set<string>()
    for (const talk of talks) {
      for (const entry of talk.speakers ?? []) {
        const speaker = entry.speaker as { name: string; organization: { name: string } }
        people.set(speaker.name, speaker.organization.name)
        if (entry.role === 'moderator') moderators.add(speaker.name)
      }
    }
    expect(people.size).toBe(20)
    expect(people.get('Ron Brightwell')).toBe('Sandia National Labs')
    expect(people.get('Jiaqi Gao')).toBe('Alibaba')
    expect(people.get('Jithin Jose')).toBe('Microsoft')
    expect([...moderators].sort()).toEqual(['Joseph Provine', 'Shashi Gandham', 'Ying Zhang'])
    const speakers = await payload.find({
      collection: 'speakers',
      pagination: false,
      where: { slug: { in: data.people.map((person) => person.slug) } },
    })
    expect(speakers.docs).toHaveLength(20)
    expect(speakers.docs.every((speaker) => typeof speaker.shortBio === 'string' && speaker.shortBio.length > 10)).toBe(true)
  })

  it('keeps "Meta" and "META" as one organization', async () => {
    const { docs } = await payload.find({ collection: 'organizations', where: { slug: { equals: 'meta' } } })
    expect(docs).toHaveLength(1)
    const adi = await payload.find({ collection: 'speakers', depth: 1, where: { slug: { equals: 'adi-gangidi' } } })
    expect((adi.docs[0].organization as { id: unknown }).id).toBe(docs[0].id)
  })

  it('links the 2 featured articles to their sessions', async () => {
    const { docs } = await payload.find({
      collection: 'talks',
      depth: 1,
      limit: 100,
      where: { event: { equals: eventId } },
    })
    const links = docs.flatMap((talk) =>
      (talk.featuredArticles?.docs ?? []).map((article) => `${talk.title} <- ${(article as { title: string }).title}`),
    )
    expect(links.sort()).toEqual([
      'High Network Reliability and Availability in FE and BE for Scalable Training Solutions <- Enhancing Network Reliability for AI Training',
      'Scheduler and Sharding Considerations for Network Efficiency <- Scheduling and Sharding Considerations for Network Efficiency',
    ])
  })

  it('has 9 events in 9 series, AI Infra with an in-person and a virtual date', async () => {
    const events = await payload.find({ collection: 'events', depth: 0, limit: 100 })
    const seeded = events.docs.filter((event) => event.slug?.endsWith('-scale-2024'))
    expect(seeded).toHaveLength(9)
    expect(new Set(seeded.map((event) => event.series)).size).toBe(9)
    const aiInfra = seeded.find((event) => event.slug === 'ai-infra-scale-2024')
    expect(aiInfra?.dates.map((date) => date.format)).toEqual(['in-person', 'virtual'])
  })

  it('creates the demo accounts, the speaker linked to its profile', async () => {
    const { docs } = await payload.find({
      collection: 'users',
      depth: 1,
      sort: 'email',
      where: { email: { like: '@example.com' } },
    })
    expect(docs.map((user) => [user.email, user.role])).toEqual([
      ['admin@example.com', 'admin'],
      ['editor@example.com', 'editor'],
      ['speaker@example.com', 'speaker'],
    ])
    expect((docs[2].speaker as { slug: string }).slug).toBe('omar-baldonado')
  })

  it("leaves the demo editor's draft of the speaker's bio for the speaker to review, unpublished", async () => {
    const { docs } = await payload.find({ collection: 'speakers', depth: 0, where: { slug: { equals: 'omar-baldonado' } } })
    const profile = docs[0]
    expect(profile.reviewState).toBe('drafted')
    // Published: still the bio from the page.
    expect(profile.fullBio).toBe(data.people.find((person) => person.slug === 'omar-baldonado')?.bio)
    expect((profile.draft as { fullBio: string }).fullBio).toBe(data.demoReviewDraft.fullBio)
    const editor = await payload.find({ collection: 'users', where: { email: { equals: 'editor@example.com' } } })
    expect(profile.reviewLog?.map((entry) => [entry.action, entry.by])).toEqual([['edited', editor.docs[0].id]])
  })

  it('changes nothing when run twice', async () => {
    const before = await snapshot()
    const { created } = await seedDemo(payload, { password: 'test-password' })
    expect(created).toBe(0)
    expect(await snapshot()).toEqual(before)
  })
})
