// A speaker's public page: bio and photo, the sessions they appear in across events, and the
// published notes by them or about their sessions. Loaded as a visitor.
import type { Payload } from 'payload'

import type { Article, Event, Speaker, Talk } from './documents.ts'
import type { ArticleCard, ImageView, ParticipantRole, PersonView } from './types.ts'

import { talkNotesOptionsOf } from '../utilities/pluginOptions.ts'
import { articleCardOf, imageOf, personOf, populated, siteSlugsOf } from './mappers.ts'
import { noteCardQuery } from './cardQueries.ts'
import { slugPattern } from '../utilities/slugify.ts'

export interface SpeakerSessionView {
  endsAt: string
  event: { slug: string; timezone: string; title: string; url: string }
  id: number | string
  kind: Talk['kind']
  roles: ParticipantRole[]
  slug: string
  startsAt: string
  title: string
  url: string
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
  const options = talkNotesOptionsOf(payload)
  const { urls } = options
  const slugs = siteSlugsOf(options)
  const { docs } = await payload.find({
    collection: slugs.speakers,
    depth: 1,
    joins: false,
    limit: 1,
    overrideAccess: false,
    pagination: false,
    where: { slug: { equals: slug } },
  })
  const speaker = docs[0] as unknown as Speaker | undefined
  const person = personOf(speaker, options)
  if (!speaker || !person) return null

  const sessionDocs = await payload.find({
    collection: slugs.talks,
    depth: 1,
    joins: false,
    limit: 0,
    overrideAccess: false,
    pagination: false,
    populate: { [slugs.events]: { slug: true, timezone: true, title: true } },
    select: { endsAt: true, event: true, kind: true, slug: true, speakers: true, startsAt: true, title: true },
    sort: ['-startsAt', 'order', 'id'],
    where: { 'speakers.speaker': { equals: speaker.id } },
  })
  const sessions = (sessionDocs.docs as unknown as Talk[]).flatMap((talk): SpeakerSessionView[] => {
    const event = populated<Event>(talk.event)
    if (!event?.slug) return []
    const roles = (talk.speakers ?? [])
      .filter((entry) => (typeof entry.speaker === 'object' ? entry.speaker.id : entry.speaker) === speaker.id)
      .map((entry) => entry.role)
    const slug = talk.slug ?? String(talk.id)
    return [
      {
        endsAt: talk.endsAt,
        event: { slug: event.slug, timezone: event.timezone, title: event.title, url: urls.event({ slug: event.slug }) },
        id: talk.id,
        kind: talk.kind,
        roles,
        slug,
        startsAt: talk.startsAt,
        title: talk.title,
        url: urls.session({ slug }, { slug: event.slug }),
      },
    ]
  })

  const noteDocs = await payload.find({
    ...noteCardQuery(options),
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
    notes: (noteDocs.docs as unknown as Article[]).map((article) => articleCardOf(article, options)),
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
