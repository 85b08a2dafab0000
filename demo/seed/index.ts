// The demo data of the Networking @Scale 2024 page, written through Payload's Local API in one
// transaction. Idempotent: documents are found by slug (or e-mail) and only missing ones are made.
import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'

import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import { paragraphsToLexical, slugify, zonedTimeToUtc } from 'talk-notes'
import { initialsAvatar } from './avatar'
import * as data from './data'

export interface SeedOptions {
  log?: (message: string) => void
  password: string
}

export interface SeedResult {
  created: number
}

type Id = number | string

export const demoAccounts = [
  { email: 'admin@example.com', name: 'Demo Admin', role: 'admin' },
  { email: 'editor@example.com', name: 'Demo Editor', role: 'editor' },
  { email: 'speaker@example.com', name: 'Omar Baldonado', role: 'speaker', speakerSlug: 'omar-baldonado' },
] as const

export async function seedDemo(payload: Payload, { log = () => {}, password }: SeedOptions): Promise<SeedResult> {
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    const result = await writeDemo(payload, req, log, password)
    await commitTransaction(req)
    return result
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

async function writeDemo(
  payload: Payload,
  req: PayloadRequest,
  log: (message: string) => void,
  password: string,
): Promise<SeedResult> {
  let created = 0

  /** The id of the document matching `where`, creating it from `make()` when there is none. */
  async function ensure(
    collection: CollectionSlug,
    where: Where,
    make: () => Promise<Record<string, unknown>> | Record<string, unknown>,
  ): Promise<Id> {
    const found = await payload.find({ collection, depth: 0, limit: 1, pagination: false, req, where })
    if (found.docs[0]) return found.docs[0].id
    // The demo data is checked by the schema at runtime; its static type is the collection's.
    const doc = await payload.create({ collection, data: (await make()) as never, depth: 0, req })
    created += 1
    return doc.id
  }

  const seriesIds = new Map<string, Id>()
  for (const series of data.series) {
    seriesIds.set(series.slug, await ensure('event-series', { slug: { equals: series.slug } }, () => ({ ...series })))
  }
  log(`seed: ${seriesIds.size} event series`)

  const eventIds = new Map<string, Id>()
  for (const event of data.events) {
    const id = await ensure('events', { slug: { equals: event.slug } }, () => ({
      dates: event.dates.map((date) => ({
        end: zonedTimeToUtc(date.date, date.end, event.timezone).toISOString(),
        format: date.format,
        label: date.label,
        start: zonedTimeToUtc(date.date, date.start, event.timezone).toISOString(),
      })),
      description: paragraphsToLexical(event.description),
      format: event.format,
      livestreamUrl: event.livestreamUrl,
      registrationStatus: event.registrationStatus,
      series: seriesIds.get(event.series),
      slug: event.slug,
      summary: event.summary,
      timezone: event.timezone,
      title: event.title,
      venue: { name: event.venue },
    }))
    eventIds.set(event.slug, id)
  }
  log(`seed: ${eventIds.size} events`)

  const organizationIds = new Map<string, Id>()
  for (const person of data.people) {
    const key = slugify(person.organization)
    if (organizationIds.has(key)) continue
    organizationIds.set(key, await ensure('organizations', { slug: { equals: key } }, () => ({ name: person.organization })))
  }
  log(`seed: ${organizationIds.size} organizations`)

  const speakerIds = new Map<string, Id>()
  for (const person of data.people) {
    const id = await ensure('speakers', { slug: { equals: person.slug } }, async () => {
      const image = await initialsAvatar(person.name)
      const photo = await payload.create({
        collection: 'media',
        data: { alt: `Initials of ${person.name}` },
        depth: 0,
        file: { data: image, mimetype: 'image/png', name: `${person.slug}.png`, size: image.length },
        req,
      })
      created += 1
      return {
        fullBio: person.bio,
        jobTitle: person.jobTitle,
        name: person.name,
        organization: organizationIds.get(slugify(person.organization)),
        photo: photo.id,
        shortBio: person.bio,
        slug: person.slug,
      }
    })
    speakerIds.set(person.slug, id)
  }
  log(`seed: ${speakerIds.size} speakers and moderators`)

  const demoEvent = data.events.find((event) => event.slug === data.demoEventSlug)
  const demoEventId = eventIds.get(data.demoEventSlug)
  if (!demoEvent || demoEventId === undefined) throw new Error(`seed: event ${data.demoEventSlug} missing from data`)
  const day = demoEvent.dates[0].date
  const sessionIds = new Map<string, Id>()
  for (const session of data.sessions) {
    const slug = slugify(session.title)
    const id = await ensure('talks', { and: [{ event: { equals: demoEventId } }, { slug: { equals: slug } }] }, () => ({
      abstract: session.abstract ? paragraphsToLexical(session.abstract) : undefined,
      endsAt: zonedTimeToUtc(day, session.end, demoEvent.timezone).toISOString(),
      event: demoEventId,
      kind: session.kind,
      slug,
      speakers: [
        ...session.speakers.map((person) => ({ role: 'speaker', speaker: speakerIds.get(person) })),
        ...session.moderators.map((person) => ({ role: 'moderator', speaker: speakerIds.get(person) })),
      ],
      startsAt: zonedTimeToUtc(day, session.start, demoEvent.timezone).toISOString(),
      title: session.title,
    }))
    sessionIds.set(session.title, id)
  }
  log(`seed: ${sessionIds.size} agenda sessions of ${demoEvent.title}`)

  for (const article of data.articles) {
    const session = data.sessions.find((candidate) => candidate.title === article.featuredSession)
    const sessionId = sessionIds.get(article.featuredSession)
    if (!session || sessionId === undefined) throw new Error(`seed: session "${article.featuredSession}" missing`)
    await ensure('articles', { slug: { equals: article.slug } }, () => ({
      _status: 'published',
      authors: session.speakers.map((person) => speakerIds.get(person)),
      body: paragraphsToLexical(article.body),
      event: demoEventId,
      excerpt: article.excerpt,
      featuredSessions: [sessionId],
      publishedAt: zonedTimeToUtc(article.publishedAt, '09:00', demoEvent.timezone).toISOString(),
      slug: article.slug,
      title: article.title,
    }))
  }
  log(`seed: ${data.articles.length} published articles featured on their sessions`)

  const accountIds = new Map<string, Id>()
  let speakerAccountMade = false
  for (const account of demoAccounts) {
    const before = created
    accountIds.set(
      account.email,
      await ensure('users', { email: { equals: account.email } }, () => ({
        email: account.email,
        name: account.name,
        password,
        role: account.role,
        speaker: 'speakerSlug' in account ? speakerIds.get(account.speakerSlug) : undefined,
      })),
    )
    if (account.role === 'speaker' && created > before) speakerAccountMade = true
  }
  log(`seed: ${demoAccounts.length} demo accounts`)

  // Something for the demo speaker to review: when its account is new, the demo editor drafts a
  // fuller bio, through the workflow like any editor's save (the published text stays as it is).
  const speakerAccount = demoAccounts.find((account) => account.role === 'speaker')
  const editorId = accountIds.get('editor@example.com')
  const profileId = speakerAccount ? speakerIds.get(speakerAccount.speakerSlug) : undefined
  if (speakerAccountMade && editorId !== undefined && profileId !== undefined) {
    const editor = await payload.findByID({ collection: 'users', depth: 0, id: editorId, req })
    await payload.update({
      collection: 'speakers',
      data: { fullBio: data.demoReviewDraft.fullBio },
      depth: 0,
      id: profileId,
      overrideAccess: false,
      req,
      user: { ...editor, collection: 'users' },
    })
    log(`seed: a drafted bio waiting for ${speakerAccount?.email}'s review`)
  }
  return { created }
}

/** True when the database holds no content and no accounts: the only case the demo seeds. */
export async function isDatabaseEmpty(payload: Payload): Promise<boolean> {
  const [events, users] = await Promise.all([
    payload.count({ collection: 'events' }),
    payload.count({ collection: 'users' }),
  ])
  return events.totalDocs === 0 && users.totalDocs === 0
}
