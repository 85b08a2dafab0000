// A speaker's public page: bio and photo, the sessions they appear in across events, and the
// published notes by them or about their sessions. Loaded as a visitor.
import type { Payload } from 'payload'

import type { Article, Event, Speaker, Talk } from './documents.ts'
import type { ArticleCard, ImageView, ParticipantRole, PersonView } from './types.ts'

import { articleCardOf, imageOf, personOf, populated } from './mappers.ts'
import { noteCardQuery } from './cardQueries.ts'
import { slugPattern } from '../utilities/slugify.ts'

export interface SpeakerSessionView {
  endsAt: string
  event: { slug: string; timezone: string; title: string }
  id: number | string
  kind: Talk['kind']
  roles: ParticipantRole[]
  slug: string
  startsAt: string
  title: string
}

export interface SpeakerPageData {
  notes: ArticleCard[]
  sessions: SpeakerSessionView[]
  speaker: PersonView & {
    fullBio?: string
    links: Array<{ label: string; url: string }>
    photo?: ImageView
    updatedAt: string
  }
}

export async function loadSpeakerPage(payload: Payload, slug: string): Promise<null | SpeakerPageData> {
  if (!slugPattern.test(slug)) return null // no speaker has it, and PostgreSQL refuses some (NUL)
  const { docs } = await payload.find({
    collection: 'speakers',
    depth: 1,
    joins: false,
    limit: 1,
    overrideAccess: false,
    pagination: false,
    where: { slug: { equals: slug } },
  })
  const speaker = docs[0] as Speaker | undefined
  const person = personOf(speaker)
  if (!speaker || !person) return null

  const sessionDocs = await payload.find({
    collection: 'talks',
    depth: 1,
    joins: false,
    limit: 0,
    overrideAccess: false,
    pagination: false,
    populate: { events: { slug: true, timezone: true, title: true } },
    select: { endsAt: true, event: true, kind: true, slug: true, speakers: true, startsAt: true, title: true },
    sort: '-startsAt',
    where: { 'speakers.speaker': { equals: speaker.id } },
  })
  const sessions = (sessionDocs.docs as Talk[]).flatMap((talk): SpeakerSessionView[] => {
    const event = populated<Event>(talk.event)
    if (!event?.slug) return []
    const roles = (talk.speakers ?? [])
      .filter((entry) => (typeof entry.speaker === 'object' ? entry.speaker.id : entry.speaker) === speaker.id)
      .map((entry) => entry.role)
    return [
      {
        endsAt: talk.endsAt,
        event: { slug: event.slug, timezone: event.timezone, title: event.title },
        id: talk.id,
        kind: talk.kind,
        roles,
        slug: talk.slug ?? String(talk.id),
        startsAt: talk.startsAt,
        title: talk.title,
      },
    ]
  })

  const noteDocs = await payload.find({
    ...noteCardQuery,
    collection: 'articles',
    limit: 50,
    where: {
      and: [
        { _status: { equals: 'published' } },
        {
          or: [
            { authors: { in: [speaker.id] } },
            ...(sessions.length ? [{ featuredSessions: { in: sessions.map((session) => session.id) } }] : []),
          ],
        },
      ],
    },
  })

  return {
    notes: (noteDocs.docs as Article[]).map(articleCardOf),
    sessions,
    speaker: {
      ...person,
      fullBio: speaker.fullBio || undefined,
      links: (speaker.links ?? []).map((link) => ({ label: link.label, url: link.url })),
      photo: imageOf(speaker.photo, 'avatar', 'avatarLarge'),
      updatedAt: speaker.updatedAt,
    },
  }
}
