import type { Payload } from 'payload'

import ICAL from 'ical.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { countQueries } from '../../demo/db/queryCounter'
import { seedDemo } from '../../demo/seed'
import { demoEventSlug, events as seedEvents } from '../../demo/seed/data'
import { loadEventPage } from '../../src/site/eventPage'
import { loadArticlePage, loadNotesIndex } from '../../src/site/notes'
import { toScheduleExport } from '../../src/site/scheduleExport'
import { formatClockRange, zoneLabel } from '../../src/site/format'
import { eventJsonLd } from '../../src/formats/jsonLd'
import { paragraphsToLexical } from '../../src/utilities/lexical'
import { renderICalendar, renderSessionICalendar } from '../../src/formats/schedule'
import { parseCalendar } from '../helpers/ical'
import { createUser, tokenOf } from '../helpers/fixtures'
import { createApi } from '../helpers/http'
import { getTestPayload, loadTestConfig } from '../helpers/payload'

let payload: Payload
let eventId: number
let speakerIds: number[]

const paragraph = (text: string) => paragraphsToLexical([text])

beforeAll(async () => {
  payload = await getTestPayload()
  await seedDemo(payload, { password: 'test-password' })
  const { docs } = await payload.find({ collection: 'events', where: { slug: { equals: demoEventSlug } } })
  eventId = docs[0].id
  const speakers = await payload.find({ collection: 'speakers', depth: 0, limit: 0, pagination: false })
  speakerIds = speakers.docs.map((speaker) => speaker.id)
})
afterAll(async () => {
  await payload.destroy()
})

describe('event page data', () => {
  it('loads the demo agenda: 18 slots, 20 people, 3 moderators, 2 featured articles', async () => {
    const data = await loadEventPage(payload, demoEventSlug)
    expect(data).not.toBeNull()
    if (!data) return
    expect(data.event.title).toBe('Networking @Scale 2024')
    expect(data.event.registrationStatus).toBe('rsvps-closed')
    expect(data.event.descriptionHtml).toContain('<p>')
    expect(data.sessions).toHaveLength(18)
    const people = new Map(data.sessions.flatMap((session) => session.people.map((person) => [person.slug, person])))
    expect(people.size).toBe(20)
    expect([...people.values()].every((person) => person.organization)).toBe(true)
    const moderators = data.sessions.flatMap((session) => session.people.filter((person) => person.role === 'moderator'))
    expect(moderators.map((person) => person.name).sort()).toEqual(['Joseph Provine', 'Shashi Gandham', 'Ying Zhang'])
    const featured = data.sessions.flatMap((session) => session.featuredArticles.map((article) => [session.title, article.slug]))
    expect(featured).toHaveLength(2)
    expect(featured).toContainEqual(['Scheduler and Sharding Considerations for Network Efficiency', 'scheduling-and-sharding-considerations-for-network-efficiency'])
    expect(data.articles.map((article) => article.slug)).toEqual([
      'enhancing-network-reliability-for-ai-training',
      'scheduling-and-sharding-considerations-for-network-efficiency',
    ])
    expect(data.articles[0].series?.name).toBe('Networking @Scale')
    // The 8 other @Scale events of the seed (other test files may have added events of their own).
    const seededOthers = seedEvents.map((event) => event.slug).filter((slug) => slug !== demoEventSlug)
    expect(seededOthers).toHaveLength(8)
    expect(data.otherEvents.map((event) => event.slug)).toEqual(expect.arrayContaining(seededOthers))
    expect(data.otherEvents.map((event) => event.slug)).not.toContain(demoEventSlug)
    const first = data.sessions[0]
    expect(`${formatClockRange(first.startsAt, first.endsAt, data.event.timezone)} ${zoneLabel(data.event.timezone, first.startsAt)}`).toBe(
      '08:30 AM – 10:00 AM PT',
    )
  })

  it('returns null for an unknown event', async () => {
    expect(await loadEventPage(payload, 'no-such-event')).toBeNull()
  })

  it('never shows a draft article, neither featured on its session nor in Latest Notes', async () => {
    const data = await loadEventPage(payload, demoEventSlug)
    const session = data!.sessions.find((candidate) => candidate.title === 'Opening Remarks')!
    const draft = await payload.create({
      collection: 'articles',
      data: { _status: 'draft', body: paragraph('Not yet'), event: eventId, featuredSessions: [session.id], title: 'Draft note about opening remarks' } as never,
      draft: true,
    })
    try {
      const after = await loadEventPage(payload, demoEventSlug)
      const opening = after!.sessions.find((candidate) => candidate.id === session.id)!
      expect(opening.featuredArticles).toEqual([])
      expect(after!.articles.map((article) => article.id)).not.toContain(draft.id)
      const notes = await loadNotesIndex(payload, { q: 'opening remarks' })
      expect(notes.articles.map((article) => article.id)).not.toContain(draft.id)
    } finally {
      await payload.delete({ collection: 'articles', id: draft.id })
    }
  })

  it('finds published notes by a word that appears only deep in the body', async () => {
    const filler = Array.from({ length: 120 }, (_, i) => `word${i}`).join(' ')
    const article = await payload.create({
      collection: 'articles',
      data: { _status: 'published', body: paragraph(`${filler} zanzibarian`), event: eventId, title: 'Body search probe' } as never,
    })
    try {
      const found = await loadNotesIndex(payload, { q: 'zanzibarian' })
      expect(found.articles.map((item) => item.id)).toEqual([article.id])
      expect((await loadNotesIndex(payload, { q: 'no-such-word-anywhere' })).articles).toEqual([])
    } finally {
      await payload.delete({ collection: 'articles', id: article.id })
    }
  })

  it('uses the same number of queries for 18 and for 180 sessions', async () => {
    await loadEventPage(payload, demoEventSlug) // warm-up: first-use work is not part of the page's cost
    const small = await countQueries(() => loadEventPage(payload, demoEventSlug))
    expect(small.result?.sessions).toHaveLength(18)

    const created: number[] = []
    try {
      // 162 more slots of two minutes each inside the event's day, two people each, in two tracks.
      const dayStart = Date.parse('2024-09-11T15:30:00.000Z') // 08:30 PDT
      for (let index = 0; index < 162; index += 1) {
        const startsAt = new Date(dayStart + index * 3 * 60_000)
        const talk = await payload.create({
          collection: 'talks',
          data: {
            endsAt: new Date(startsAt.getTime() + 2 * 60_000).toISOString(),
            event: eventId,
            kind: 'talk',
            slug: `load-test-slot-${index}`,
            speakers: [
              { role: 'speaker', speaker: speakerIds[index % speakerIds.length] },
              { role: 'moderator', speaker: speakerIds[(index + 7) % speakerIds.length] },
            ],
            startsAt: startsAt.toISOString(),
            title: `Load test slot ${index}`,
            track: index % 2 ? 'Track A' : 'Track B',
          },
          depth: 0,
        })
        created.push(talk.id)
      }
      const large = await countQueries(() => loadEventPage(payload, demoEventSlug))
      expect(large.result?.sessions).toHaveLength(180)
      expect(large.queries.length).toBe(small.queries.length)
      expect(small.queries.length).toBeLessThanOrEqual(12)
    } finally {
      if (created.length) await payload.delete({ collection: 'talks', where: { id: { in: created } } })
    }
  })
  it('lists sessions of one slot as entered, unless editors set their order', async () => {
    const slot = { endsAt: '2024-09-11T23:50:00.000Z', event: eventId, kind: 'talk' as const, startsAt: '2024-09-11T23:40:00.000Z' }
    const created: number[] = []
    try {
      for (const name of ['first', 'second', 'third']) {
        const talk = await payload.create({ collection: 'talks', data: { ...slot, slug: `same-slot-${name}`, title: `Same slot ${name}` }, depth: 0 })
        created.push(talk.id)
      }
      const inSlot = async () =>
        (await loadEventPage(payload, demoEventSlug))!.sessions.filter((session) => session.slug.startsWith('same-slot-')).map((session) => session.slug)
      expect(await inSlot()).toEqual(['same-slot-first', 'same-slot-second', 'same-slot-third'])
      // Ids grow with creation, so an order of ids alone would pass the first check; a set order must win over it.
      await payload.update({ collection: 'talks', data: { order: -1 }, id: created[2] })
      await payload.update({ collection: 'talks', data: { order: 1 }, id: created[0] })
      expect(await inSlot()).toEqual(['same-slot-third', 'same-slot-second', 'same-slot-first'])
      const schedule = toScheduleExport((await loadEventPage(payload, demoEventSlug))!)
      expect(schedule.sessions.filter((session) => session.slug.startsWith('same-slot-')).map((session) => session.slug)).toEqual([
        'same-slot-third',
        'same-slot-second',
        'same-slot-first',
      ])
      const api = createApi(await loadTestConfig())
      const token = await tokenOf(payload, await createUser(payload, 'editor'))
      const refused = await api.post('/talks', { ...slot, order: 1.5, slug: 'same-slot-bad', title: 'Bad order' }, token)
      expect(refused.status).toBe(400)
      expect(JSON.stringify(refused.body)).toContain('The order must be a whole number')
    } finally {
      if (created.length) await payload.delete({ collection: 'talks', where: { id: { in: created } } })
    }
  })

  it('carries a session’s recording and slides to its card, the articles featuring it and the JSON-LD, with a player where allowed', async () => {
    const data = (await loadEventPage(payload, demoEventSlug))!
    const featured = data.sessions.find((session) => session.featuredArticles.length > 0)!
    const links = [
      { kind: 'recording' as const, url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' },
      { kind: 'slides' as const, title: 'The deck', url: 'https://slides.example.org/deck.pdf' },
    ]
    await payload.update({ collection: 'talks', data: { links, recording: { license: 'CC BY 4.0' } }, id: featured.id })
    try {
      const after = (await loadEventPage(payload, demoEventSlug))!
      const session = after.sessions.find((candidate) => candidate.id === featured.id)!
      expect(session.links).toEqual(links)
      // The demo allows YouTube players (videoEmbeds), through youtube-nocookie.com.
      expect(session.video).toEqual({ embedUrl: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ', title: `Recording: ${featured.title}` })
      expect(after.sessions.filter((candidate) => candidate.video)).toHaveLength(1)
      const article = (await loadArticlePage(payload, featured.featuredArticles[0].slug))!
      expect(article.article.sessions.find((candidate) => candidate.id === featured.id)).toMatchObject({ links, video: session.video })
      const jsonLd = eventJsonLd(toScheduleExport(after)) as { subEvent: Array<{ name: string; recordedIn?: unknown; subjectOf?: unknown }> }
      const node = jsonLd.subEvent.find((sub) => sub.name === featured.title)!
      expect(node.recordedIn).toEqual({ '@type': 'VideoObject', name: `Recording: ${featured.title}`, url: links[0].url })
      expect(node.subjectOf).toEqual({ '@type': 'PresentationDigitalDocument', name: 'The deck', url: links[1].url })
      // Schedule apps and the recording team's tools: frab <recording> and <links>, c3voc recording_license.
      const api = createApi(await loadTestConfig())
      const xml = (await (await api.fetchRaw(`/events/${demoEventSlug}/schedule.xml`)).text()).replace(/>\s+</g, '><')
      expect(xml).toContain(`<recording><license>CC BY 4.0</license><optout>false</optout><url>${links[0].url}</url></recording>`)
      expect(xml).toContain(`<link href="${links[1].url}">The deck</link>`)
      const json = await (await api.fetchRaw(`/events/${demoEventSlug}/schedule.json`)).text()
      expect(json).toContain('"recording_license": "CC BY 4.0"')
      // Feed readers get them with the note that features the session.
      const feed = (await (await api.fetchRaw('/feed.json')).json()) as {
        items: Array<{ _talk_notes: { sessions: Array<{ links: Array<{ title: string; url: string }>; title: string }> }; url: string }>
      }
      const item = feed.items.find((candidate) => candidate.url.endsWith(`/${featured.featuredArticles[0].slug}`))!
      expect(item._talk_notes.sessions.find((candidate) => candidate.title === featured.title)?.links).toEqual([
        { title: `Recording: ${featured.title}`, url: links[0].url },
        { title: 'The deck', url: links[1].url },
      ])
    } finally {
      await payload.update({ collection: 'talks', data: { links: [], recording: { license: '' } }, id: featured.id })
    }
  })
})

describe('schedule export mapping', () => {
  it('maps the loaded event to the schedule formats, with page URLs and people credited by role', async () => {
    const data = (await loadEventPage(payload, demoEventSlug))!
    const schedule = toScheduleExport(data)
    expect(schedule.siteUrl).toBe('http://localhost:3000')
    expect(schedule.event.url).toBe(`http://localhost:3000/events/${demoEventSlug}`)
    expect(schedule.event.timezone).toBe('America/Los_Angeles')
    expect(schedule.sessions).toHaveLength(18)
    const qa = schedule.sessions.find((session) => session.title === 'Live Q&A Session 1')!
    expect(qa.url).toBe(`http://localhost:3000/events/${demoEventSlug}#session-live-q-and-a-session-1`)
    expect(qa.people).toEqual([expect.objectContaining({ name: 'Ying Zhang', organization: 'Meta', role: 'moderator', url: 'http://localhost:3000/speakers/ying-zhang' })])
    expect(schedule.sessions.find((session) => session.title === "Evolving Meta's Edge Architecture")!.abstract).toMatch(/^Meta operates a globally distributed Edge CDN/)
    expect(Date.parse(schedule.version)).toBeGreaterThanOrEqual(Date.parse(data.event.updatedAt))

    const calendar = parseCalendar(renderICalendar(schedule))
    const vevents = calendar.getAllSubcomponents('vevent')
    expect(vevents).toHaveLength(18)
    const breakfast = vevents.find((vevent) => vevent.getFirstPropertyValue('summary') === 'Breakfast Available at Venue')!
    expect(new ICAL.Event(breakfast).startDate.toJSDate().toISOString()).toBe('2024-09-11T15:30:00.000Z')

    const single = renderSessionICalendar(schedule, qa.id)!
    expect(parseCalendar(single as string).getAllSubcomponents('vevent')).toHaveLength(1)

    const jsonLd = eventJsonLd(schedule) as { subEvent: Array<{ name: string; organizer?: Array<{ name: string }> }> }
    // Breakfast, break, lunch are agenda-only; the other 15 slots are sub-events.
    expect(jsonLd.subEvent.find((sub) => sub.name === 'Live Q&A Session 1')?.organizer?.[0].name).toBe('Ying Zhang')
  })
})

describe('schedule endpoints of the events collection', () => {
  it('serves the agenda as iCalendar, frab XML and JSON at /api/events/:slug/schedule.*, with ETag and 304', async () => {
    const api = createApi(await loadTestConfig())
    const ics = await api.fetchRaw(`/events/${demoEventSlug}/schedule.ics`)
    expect(ics.status).toBe(200)
    expect(ics.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    expect(ics.headers.get('content-disposition')).toBe(`attachment; filename="${demoEventSlug}.ics"`)
    expect(parseCalendar(await ics.text()).getAllSubcomponents('vevent')).toHaveLength(18)

    const xml = await api.fetchRaw(`/events/${demoEventSlug}/schedule.xml`)
    expect(xml.headers.get('content-type')).toBe('application/xml; charset=utf-8')
    const xmlText = await xml.text()
    expect(xmlText.match(/<event /g)).toHaveLength(18)
    expect(xmlText).toContain('<title>Live Q&amp;A Session 1</title>')

    const json = await api.fetchRaw(`/events/${demoEventSlug}/schedule.json`)
    const schedule = (await json.json()) as { schedule: { conference: { title: string } } }
    expect(schedule.schedule.conference.title).toBe('Networking @Scale 2024')

    const etag = xml.headers.get('etag')
    expect(etag).toMatch(/^"[\w-]{27}"$/)
    const again = await api.fetchRaw(`/events/${demoEventSlug}/schedule.xml`, { 'If-None-Match': etag! })
    expect(again.status).toBe(304)
  })

  it('serves a visitor’s own agenda of the sessions its URL names, and refuses a list that is none', async () => {
    const api = createApi(await loadTestConfig())
    const data = (await loadEventPage(payload, demoEventSlug))!
    const picked = [data.sessions[4].slug, data.sessions[1].slug]
    const answer = await api.fetchRaw(`/events/${demoEventSlug}/schedule.ics?sessions=${picked.join(',')},no-such-session`)
    expect(answer.status).toBe(200)
    expect(answer.headers.get('content-disposition')).toBe(`attachment; filename="${demoEventSlug}-my-agenda.ics"`)
    const calendar = parseCalendar(await answer.text())
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('My agenda: Networking @Scale 2024')
    // In agenda order, whatever the order of the URL; a session no longer on the agenda is left out.
    expect(calendar.getAllSubcomponents('vevent').map((vevent) => vevent.getFirstPropertyValue('summary'))).toEqual([
      data.sessions[1].title,
      data.sessions[4].title,
    ])
    for (const [query, rule] of [
      ['sessions=', 'give the slugs of one or more sessions'],
      ['sessions=Opening%20Remarks', 'is not a session slug'],
      [`sessions=${Array.from({ length: 301 }, (_, index) => `s${index}`).join(',')}`, 'at most 300 sessions'],
    ]) {
      const refused = await api.fetchRaw(`/events/${demoEventSlug}/schedule.ics?${query}`)
      expect(refused.status, query).toBe(400)
      expect(await refused.text()).toContain(rule)
    }
  })

  it('serves one session as its own calendar file, and 404 for unknown events and sessions', async () => {
    const api = createApi(await loadTestConfig())
    const one = await api.fetchRaw(`/events/${demoEventSlug}/sessions/live-q-and-a-session-1/calendar.ics`)
    expect(one.status).toBe(200)
    const vevents = parseCalendar(await one.text()).getAllSubcomponents('vevent')
    expect(vevents.map((vevent) => vevent.getFirstPropertyValue('summary'))).toEqual(['Live Q&A Session 1'])
    expect((await api.fetchRaw(`/events/${demoEventSlug}/sessions/no-such-session/calendar.ics`)).status).toBe(404)
    expect((await api.fetchRaw('/events/no-such-event/schedule.ics')).status).toBe(404)
  })

  it('shows a change of the agenda on the next request (the per-process memo follows content changes)', async () => {
    const api = createApi(await loadTestConfig())
    const before = await (await api.fetchRaw(`/events/${demoEventSlug}/schedule.xml`)).text()
    const { docs } = await payload.find({ collection: 'talks', limit: 1, where: { slug: { equals: 'live-q-and-a-session-1' } } })
    await payload.update({ collection: 'talks', data: { title: 'Live Q&A, renamed' }, id: docs[0].id })
    try {
      const after = await (await api.fetchRaw(`/events/${demoEventSlug}/schedule.xml`)).text()
      expect(before).not.toContain('Live Q&amp;A, renamed')
      expect(after).toContain('<title>Live Q&amp;A, renamed</title>')
    } finally {
      await payload.update({ collection: 'talks', data: { title: 'Live Q&A Session 1' }, id: docs[0].id })
    }
  })
})
