// schema.org JSON-LD for event and article pages, and its embedding in <script type="application/ld+json">.
import { describe, expect, it } from 'vitest'

import type { ScheduleExport } from '../../src/formats/schedule'

import { articleJsonLd, eventJsonLd, serializeJsonLd } from '../../src/formats/jsonLd'

const site = 'https://talks.example.org'
const eventUrl = `${site}/events/networking-scale-2024`

// Networking @Scale 2024 in Santa Clara (Pacific Daylight Time = UTC-7).
const fixture: ScheduleExport = {
  event: {
    dates: [{ end: '2024-09-12T01:30:00.000Z', start: '2024-09-11T15:30:00.000Z' }],
    description: 'Networking @Scale is a technical conference for engineers who build large-scale networks.',
    endsAt: '2024-09-12T01:30:00.000Z',
    format: 'hybrid',
    id: 7,
    livestreamUrl: 'https://live.example.org/networking-scale-2024',
    series: { name: '@Scale', slug: 'at-scale', url: `${site}/series/at-scale` },
    slug: 'networking-scale-2024',
    startsAt: '2024-09-11T15:30:00.000Z',
    timezone: 'America/Los_Angeles',
    title: 'Networking @Scale 2024',
    url: eventUrl,
    venue: { address: '5001 Great America Pkwy, Santa Clara, CA 95054', name: 'Santa Clara Convention Center' },
  },
  sessions: [
    {
      abstract: '',
      endsAt: '2024-09-11T16:30:00.000Z',
      id: 101,
      kind: 'meal',
      people: [],
      slug: 'registration-and-breakfast',
      startsAt: '2024-09-11T15:30:00.000Z',
      title: 'Registration & Breakfast',
      url: `${eventUrl}/sessions/registration-and-breakfast`,
    },
    {
      abstract: 'How we scaled RoCE fabrics for large AI training clusters.',
      endsAt: '2024-09-11T17:10:00.000Z',
      id: 103,
      kind: 'talk',
      people: [
        {
          id: 12,
          jobTitle: 'Network Engineer',
          name: 'Alex Moreno',
          organization: 'Meta',
          role: 'speaker',
          slug: 'alex-moreno',
          url: `${site}/speakers/alex-moreno`,
        },
        { id: 13, name: 'Sam Okafor', organization: 'Meta', role: 'speaker', slug: 'sam-okafor', url: `${site}/speakers/sam-okafor` },
      ],
      room: 'Mission City Ballroom',
      slug: 'scaling-roce',
      startsAt: '2024-09-11T16:40:00.000Z',
      title: 'Scaling RoCE Networks for AI Training',
      url: `${eventUrl}/sessions/scaling-roce`,
    },
    {
      abstract: 'Questions from the audience. </script><script>alert(1)</script> & \u2028 done',
      endsAt: '2024-09-11T18:00:00.000Z',
      id: 105,
      kind: 'panel',
      people: [
        { id: 14, name: 'Jordan Lee', organization: 'Meta', role: 'moderator', slug: 'jordan-lee', url: `${site}/speakers/jordan-lee` },
        { id: 15, name: 'Chris Tan', organization: 'Microsoft', role: 'panelist', slug: 'chris-tan', url: `${site}/speakers/chris-tan` },
      ],
      room: 'Mission City Ballroom',
      slug: 'q-and-a',
      startsAt: '2024-09-11T17:30:00.000Z',
      title: 'Q&A: Building the Network for GenAI',
      url: `${eventUrl}/sessions/q-and-a`,
    },
  ],
  siteUrl: site,
  version: '2024-09-20T12:34:56.000Z',
}

type Node = Record<string, unknown>
const asNodes = (value: unknown) => (Array.isArray(value) ? value : [value]) as Node[]

describe('eventJsonLd', () => {
  const jsonLd = eventJsonLd(fixture)
  const subEvents = asNodes(jsonLd.subEvent)
  const subEvent = (url: string) => subEvents.find((node) => node.url === url)

  it('describes the event with zoned start and end dates and a scheduled status', () => {
    expect(jsonLd).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Event',
      endDate: '2024-09-11T18:30:00-07:00',
      eventStatus: 'https://schema.org/EventScheduled',
      name: 'Networking @Scale 2024',
      startDate: '2024-09-11T08:30:00-07:00',
      url: eventUrl,
    })
  })

  it('marks a hybrid event as mixed attendance with the venue and the livestream as locations', () => {
    expect(jsonLd.eventAttendanceMode).toBe('https://schema.org/MixedEventAttendanceMode')
    expect(asNodes(jsonLd.location)).toEqual([
      {
        '@type': 'Place',
        address: '5001 Great America Pkwy, Santa Clara, CA 95054',
        name: 'Santa Clara Convention Center',
      },
      { '@type': 'VirtualLocation', url: 'https://live.example.org/networking-scale-2024' },
    ])
  })

  it('marks an in-person event as offline with only the venue', () => {
    const inPerson = eventJsonLd({ ...fixture, event: { ...fixture.event, format: 'in-person' } })
    expect(inPerson.eventAttendanceMode).toBe('https://schema.org/OfflineEventAttendanceMode')
    expect(asNodes(inPerson.location).map((node) => node['@type'])).toEqual(['Place'])
  })

  it('marks a virtual event as online with only the livestream', () => {
    const virtual = eventJsonLd({ ...fixture, event: { ...fixture.event, format: 'virtual', venue: undefined } })
    expect(virtual.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode')
    expect(virtual.location).toEqual({ '@type': 'VirtualLocation', url: 'https://live.example.org/networking-scale-2024' })
  })

  it('links the series as superEvent', () => {
    expect(jsonLd.superEvent).toEqual({ '@type': 'EventSeries', name: '@Scale', url: `${site}/series/at-scale` })
  })

  it('lists sessions as subEvents in time order, leaving out breaks and meals', () => {
    expect(subEvents.map((node) => node.url)).toEqual([`${eventUrl}/sessions/scaling-roce`, `${eventUrl}/sessions/q-and-a`])
    expect(subEvent(`${eventUrl}/sessions/scaling-roce`)).toMatchObject({
      '@type': 'Event',
      endDate: '2024-09-11T10:10:00-07:00',
      name: 'Scaling RoCE Networks for AI Training',
      startDate: '2024-09-11T09:40:00-07:00',
    })
  })

  it('names speakers as performers with job title and employer', () => {
    const performers = asNodes(subEvent(`${eventUrl}/sessions/scaling-roce`)?.performer)
    expect(performers).toEqual([
      {
        '@type': 'Person',
        jobTitle: 'Network Engineer',
        name: 'Alex Moreno',
        url: `${site}/speakers/alex-moreno`,
        worksFor: { '@type': 'Organization', name: 'Meta' },
      },
      {
        '@type': 'Person',
        name: 'Sam Okafor',
        url: `${site}/speakers/sam-okafor`,
        worksFor: { '@type': 'Organization', name: 'Meta' },
      },
    ])
  })

  it('lists panelists as performers and the moderator as organizer, not performer', () => {
    const panel = subEvent(`${eventUrl}/sessions/q-and-a`)
    expect(asNodes(panel?.performer).map((node) => node.name)).toEqual(['Chris Tan'])
    expect(asNodes(panel?.organizer)).toEqual([
      {
        '@type': 'Person',
        name: 'Jordan Lee',
        url: `${site}/speakers/jordan-lee`,
        worksFor: { '@type': 'Organization', name: 'Meta' },
      },
    ])
  })

  it('places a session in its room inside the venue', () => {
    const [place] = asNodes(subEvent(`${eventUrl}/sessions/scaling-roce`)?.location)
    expect(place).toMatchObject({
      '@type': 'Place',
      containedInPlace: { '@type': 'Place', name: 'Santa Clara Convention Center' },
      name: 'Mission City Ballroom',
    })
  })

  it('describes a recording as recordedIn VideoObject and the slides as subjectOf, from the session links', () => {
    const session = fixture.sessions.find((candidate) => candidate.kind === 'talk')!
    const withLinks = {
      ...fixture,
      sessions: [
        {
          ...session,
          links: [
            { kind: 'recording' as const, url: 'https://video.example.org/roce' },
            { kind: 'slides' as const, title: 'RoCE deck', url: 'https://slides.example.org/roce.pdf' },
            { kind: 'other' as const, url: 'https://example.org/paper' },
          ],
        },
      ],
    }
    const [node] = asNodes(eventJsonLd(withLinks).subEvent)
    expect(node.recordedIn).toEqual({ '@type': 'VideoObject', name: `Recording: ${session.title}`, url: 'https://video.example.org/roce' })
    expect(node.subjectOf).toEqual({ '@type': 'PresentationDigitalDocument', name: 'RoCE deck', url: 'https://slides.example.org/roce.pdf' })
    expect(asNodes(eventJsonLd(fixture).subEvent).every((sub) => !('recordedIn' in sub) && !('subjectOf' in sub))).toBe(true)
  })
})

describe('articleJsonLd', () => {
  const article = articleJsonLd({
    authors: [{ name: 'Robin Park', url: `${site}/authors/robin-park` }],
    dateModified: '2024-09-15T10:00:00.000Z',
    datePublished: '2024-09-14T09:00:00.000Z',
    description: 'Notes from the RoCE talk.',
    event: { name: 'Networking @Scale 2024', url: eventUrl },
    image: `${site}/media/roce.png`,
    sessions: [{ name: 'Scaling RoCE Networks for AI Training', url: `${eventUrl}/sessions/scaling-roce` }],
    title: 'What we learned about RoCE at scale',
    url: `${site}/notes/roce-at-scale`,
  })

  it('describes the article with headline, dates, image and authors as persons', () => {
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Article',
      author: [{ '@type': 'Person', name: 'Robin Park', url: `${site}/authors/robin-park` }],
      dateModified: '2024-09-15T10:00:00.000Z',
      datePublished: '2024-09-14T09:00:00.000Z',
      headline: 'What we learned about RoCE at scale',
      image: `${site}/media/roce.png`,
      url: `${site}/notes/roce-at-scale`,
    })
  })

  it('is about the sessions it covers and their event', () => {
    expect(article.about).toEqual([
      { '@type': 'Event', name: 'Scaling RoCE Networks for AI Training', url: `${eventUrl}/sessions/scaling-roce` },
      { '@type': 'Event', name: 'Networking @Scale 2024', url: eventUrl },
    ])
  })

  it('leaves out image and about when there are none', () => {
    const bare = articleJsonLd({
      authors: [],
      dateModified: '2024-09-15T10:00:00.000Z',
      datePublished: '2024-09-14T09:00:00.000Z',
      description: '',
      sessions: [],
      title: 'Untitled',
      url: `${site}/notes/untitled`,
    })
    expect(bare).not.toHaveProperty('image')
    expect(bare).not.toHaveProperty('about')
    expect(bare).not.toHaveProperty('description')
  })
})

describe('serializeJsonLd', () => {
  const value = eventJsonLd(fixture)
  const serialized = serializeJsonLd(value)

  it('cannot close or open a script element, whatever the text contains', () => {
    expect(JSON.stringify(value)).toContain('</script>')
    expect(serialized).not.toMatch(/[<>&]/)
    expect(serialized.toLowerCase()).not.toContain('</script')
    expect(serialized).toContain('\\u003c/script\\u003e')
  })

  it('escapes U+2028 and U+2029 line separators', () => {
    expect(serializeJsonLd({ text: 'a\u2028b\u2029c' })).toBe('{"text":"a\\u2028b\\u2029c"}')
  })

  it('is still JSON that parses back to the same value', () => {
    expect(JSON.parse(serialized)).toEqual(value)
    expect(JSON.parse(serializeJsonLd({ text: '<&>\u2028\u2029' }))).toEqual({ text: '<&>\u2028\u2029' })
  })
})
