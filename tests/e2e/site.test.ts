import type { Browser, BrowserContext, Page } from 'playwright-core'

import ICAL from 'ical.js'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import * as seed from '../../demo/seed/data'
import { parseCalendar } from '../helpers/ical'
import { launchChromium, watchForErrors } from './browser'
import { confclerkAvailable, loadInConfClerk } from './confclerk'

const password = process.env.DEMO_PASSWORD || 'demo-password'
const baseUrl = inject('baseUrl')
const eventPath = `/events/${seed.demoEventSlug}`
let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

/** A page that records console errors and uncaught exceptions. */
async function openPage(context?: BrowserContext): Promise<{ errors: string[]; page: Page }> {
  const page = await (context ?? browser).newPage()
  const errors = watchForErrors(page)
  return { errors, page }
}

/** '13:25' -> '01:25 PM', the way the seed page prints agenda times. */
function clock(time: string): string {
  const [hour, minute] = time.split(':').map(Number)
  return `${String(hour % 12 || 12).padStart(2, '0')}:${String(minute).padStart(2, '0')} ${hour < 12 ? 'AM' : 'PM'}`
}

const sameOrganization = (a: string, b: string) => a.toLowerCase() === b.toLowerCase()

describe('the event page', () => {
  it('shows all 18 slots with their PT times, all 20 people, 3 moderators and 2 featured articles', async () => {
    const { errors, page } = await openPage()
    const response = await page.goto(`${baseUrl}${eventPath}`)
    expect(response?.status()).toBe(200)
    await page.waitForLoadState('networkidle')

    expect(await page.locator('h1').innerText()).toBe('Networking @Scale 2024')
    expect(await page.locator('.event__sittings li').allInnerTexts()).toEqual(['September 11, 2024 · 08:30 AM – 05:30 PM PT'])
    expect(await page.locator('.event__place').innerText()).toBe('Santa Clara Convention Center')
    expect(await page.locator('.registration-status').innerText()).toBe('RSVPs closed')
    expect(await page.getByText('Event times below are displayed in PT.').count()).toBe(1)

    // The agenda: every slot, in order, with its time range on Pacific clocks.
    const sessions = page.locator('article.session')
    expect(await sessions.count()).toBe(18)
    const times = await page.locator('article.session .session__time').allInnerTexts()
    const titles = await page.locator('article.session .session__title').allInnerTexts()
    expect(titles).toEqual(seed.sessions.map((session) => session.title))
    seed.sessions.forEach((session, index) => {
      expect(times[index].startsWith(`${clock(session.start)} – ${clock(session.end)} PT`)).toBe(true)
    })
    expect(times[0].startsWith('08:30 AM – 10:00 AM PT')).toBe(true)
    expect(times[11].startsWith('01:25 PM – 02:25 PM PT')).toBe(true)

    // Moderators, labelled as such on their sessions.
    const moderators = page.locator('.session__people li[data-role="moderator"]')
    expect(await moderators.count()).toBe(3)
    for (const text of await moderators.allInnerTexts()) expect(text).toMatch(/^Moderator /)
    const moderatorNames = await moderators.locator('a').allInnerTexts()
    expect(moderatorNames.sort()).toEqual(['Joseph Provine', 'Shashi Gandham', 'Ying Zhang'])

    // Speakers and moderators section: all 20 people with their organizations.
    const cards = page.locator('#speakers .person-card')
    expect(await cards.count()).toBe(20)
    const shown = await cards.evaluateAll((elements) =>
      elements.map((element) => ({
        name: element.querySelector('h3')?.textContent?.trim() ?? '',
        organization: element.querySelector('.organization')?.textContent?.trim() ?? '',
        bio: element.querySelector('.bio')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
        readMore: element.querySelector('.bio a')?.getAttribute('href') ?? '',
      })),
    )
    for (const person of seed.people) {
      const card = shown.find((candidate) => candidate.name === person.name)
      expect(card, person.name).toBeDefined()
      expect(sameOrganization(card!.organization, person.organization), `${person.name}: ${card!.organization}`).toBe(true)
      expect(card!.readMore).toBe(`/speakers/${person.slug}`)
      // The short bio whole, as the seed page shows it ("…at Meta Platforms since 2017.... read more"), never re-cut.
      expect(card!.bio, person.name).toBe(`${person.bio}… read more about ${person.name}`)
    }
    // Everyone on the agenda is credited with an organization there too.
    const credited = await page.locator('.session__people li').allInnerTexts()
    expect(credited.length).toBeGreaterThanOrEqual(20)
    for (const text of credited) expect(text).toMatch(/^(Speaker|Moderator|Panelist|Host) .+, .+$/)

    // The featured articles, each under the session it is about.
    expect(await page.locator('.featured-article').count()).toBe(2)
    for (const article of seed.articles) {
      const session = page.locator('article.session', { has: page.locator(`a[href="/notes/${article.slug}"]`) })
      expect(await session.count()).toBe(1)
      expect(await session.locator('.session__title').innerText()).toBe(article.featuredSession)
      expect(await session.locator('.featured-article__label').innerText()).toMatch(/featured article/i)
    }

    // Latest notes and the other @Scale events.
    expect(await page.locator('#latest-notes .note-card').count()).toBe(2)
    expect(await page.locator('#other-events .event-card').count()).toBe(8)
    expect(await page.locator('#other-events').innerText()).toContain('Video @Scale 2024')

    // JSON-LD describes the event with its sessions and performers.
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '') as {
      '@type': string
      name: string
      subEvent: Array<{ name: string; performer?: Array<{ name: string; worksFor?: { name: string } }> }>
    }
    expect(jsonLd['@type']).toBe('Event')
    expect(jsonLd.name).toBe('Networking @Scale 2024')
    const hpn = jsonLd.subEvent.find((sub) => sub.name.startsWith('Alibaba HPN'))
    expect(hpn?.performer?.[0]).toMatchObject({ name: 'Jiaqi Gao', worksFor: { name: 'Alibaba' } })

    // Sharing metadata.
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(`${baseUrl}${eventPath}`)
    expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe('Networking @Scale 2024')
    expect(await page.locator('meta[name="twitter:card"]').count()).toBe(1)
    // The generated social card is a real image.
    const ogImage = (await page.locator('meta[property="og:image"]').first().getAttribute('content')) as string
    const card = await fetch(new URL(ogImage, baseUrl))
    expect(card.status).toBe(200)
    expect(card.headers.get('content-type')).toContain('image/png')

    expect(errors).toEqual([])
    await page.close()
  })

  it('opens a featured article from its session', async () => {
    const { errors, page } = await openPage()
    await page.goto(`${baseUrl}${eventPath}`)
    const [article] = seed.articles
    await page.locator('.featured-article').getByRole('link', { name: article.title }).click()
    await page.waitForURL(`${baseUrl}/notes/${article.slug}`)
    await page.locator('h1', { hasText: article.title }).waitFor()
    expect(await page.locator('.note__body').innerText()).toContain(article.body[0])
    expect(await page.getByRole('link', { name: article.featuredSession }).getAttribute('href')).toMatch(
      new RegExp(`^${eventPath}#session-`),
    )
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '') as { '@type': string; headline: string }
    expect(jsonLd).toMatchObject({ '@type': 'Article', headline: article.title })
    expect(errors).toEqual([])
    await page.close()
  })

  it('adds the visitor’s local time after hydration', async () => {
    const context = await browser.newContext({ timezoneId: 'Europe/Berlin' })
    const { errors, page } = await openPage(context)
    await page.goto(`${baseUrl}${eventPath}`)
    const first = page.locator('article.session').first()
    await first.locator('.local-time').waitFor({ timeout: 15_000 })
    // 08:30 PDT is 17:30 in Berlin (CEST, UTC+2).
    expect(await first.locator('.local-time').innerText()).toMatch(/your time: 05:30 PM – 07:00 PM (GMT\+2|CEST)/)
    expect(errors).toEqual([])
    await context.close()
  })

  it('works without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${baseUrl}${eventPath}`)
    expect(await page.locator('article.session').count()).toBe(18)
    expect(await page.locator('.local-time').count()).toBe(0)
    await context.close()
  })

  it('is keyboard navigable to the agenda', async () => {
    const { page } = await openPage()
    await page.goto(`${baseUrl}${eventPath}`)
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content')
    await page.close()
  })
})

describe('schedule exports', () => {
  it('serves the agenda as iCalendar, frab XML and JSON, and one session as .ics', async () => {
    const ics = await fetch(`${baseUrl}${eventPath}/schedule.ics`)
    expect(ics.headers.get('content-type')).toMatch(/^text\/calendar/)
    const calendar = parseCalendar(await ics.text())
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent))
    expect(events).toHaveLength(18)
    const breakfast = events.find((event) => event.summary === 'Breakfast Available at Venue')
    expect(breakfast?.startDate.toJSDate().toISOString()).toBe('2024-09-11T15:30:00.000Z')

    const again = await fetch(`${baseUrl}${eventPath}/schedule.ics`, { headers: { 'If-None-Match': ics.headers.get('etag') ?? '' } })
    expect(again.status).toBe(304)

    const xml = await fetch(`${baseUrl}${eventPath}/schedule.xml`)
    expect(xml.headers.get('content-type')).toMatch(/^application\/xml/)
    expect((await xml.text()).match(/<event /g)).toHaveLength(18)

    const json = (await (await fetch(`${baseUrl}${eventPath}/schedule.json`)).json()) as {
      schedule: { conference: { days: Array<{ rooms: Record<string, unknown[]> }>; title: string } }
    }
    expect(json.schedule.conference.title).toBe('Networking @Scale 2024')
    const count = json.schedule.conference.days.flatMap((day) => Object.values(day.rooms).flat()).length
    expect(count).toBe(18)

    const single = await fetch(`${baseUrl}${eventPath}/sessions/live-q-and-a-session-1/calendar.ics`)
    expect(single.status).toBe(200)
    const one = parseCalendar(await single.text()).getAllSubcomponents('vevent')
    expect(one.map((vevent) => vevent.getFirstPropertyValue('summary'))).toEqual(['Live Q&A Session 1'])

    expect((await fetch(`${baseUrl}/events/no-such-event/schedule.ics`)).status).toBe(404)
  })

  it('loads in ConfClerk, a frab reader from Debian: all 18 sessions on their day, at their PT time, in their room', async () => {
    expect(confclerkAvailable(), 'ConfClerk, Xvfb, xdotool and sqlite3 are installed (.ci/run installs them)').toBe(true)
    const json = (await (await fetch(`${baseUrl}${eventPath}/schedule.json`)).json()) as {
      schedule: { conference: { days: Array<{ rooms: Record<string, Array<{ date: string; room: string; title: string }>> }> } }
    }
    const expected = json.schedule.conference.days
      .flatMap((day) => Object.values(day.rooms).flat())
      .map((session) => `${session.date.slice(0, 10)} ${session.date.slice(11, 16)} ${session.room} ${session.title}`)
      .sort()
    const loaded = await loadInConfClerk(`${baseUrl}${eventPath}/schedule.xml`)
    expect(loaded.conference).toMatchObject({ end: '2024-09-11', start: '2024-09-11', title: 'Networking @Scale 2024' })
    expect(loaded.events.map((event) => `${event.day} ${event.start} ${event.room} ${event.title}`).sort()).toEqual(expected)
    expect(expected).toHaveLength(18)
  })
})

describe('notes, speakers, home, feeds', () => {
  it('lists, filters and searches the notes', async () => {
    const { errors, page } = await openPage()
    await page.goto(`${baseUrl}/notes`)
    expect(await page.locator('.note-card').count()).toBe(2)
    await page.goto(`${baseUrl}/notes?q=reliability`)
    expect(await page.locator('.note-card h3').allInnerTexts()).toEqual(['Enhancing Network Reliability for AI Training'])
    await page.goto(`${baseUrl}/notes?speaker=weiwei-chu`)
    expect(await page.locator('.note-card h3').allInnerTexts()).toEqual(['Scheduling and Sharding Considerations for Network Efficiency'])
    await page.goto(`${baseUrl}/notes?series=video-scale`)
    expect(await page.locator('.note-card').count()).toBe(0)
    expect(errors).toEqual([])
    await page.close()
  })

  it('shows a speaker with bio, photo, sessions and notes', async () => {
    const { errors, page } = await openPage()
    await page.goto(`${baseUrl}/speakers/weiwei-chu`)
    expect(await page.locator('h1').innerText()).toBe('Weiwei Chu')
    const photo = page.locator('img.avatar')
    expect(await photo.getAttribute('alt')).toBeTruthy()
    expect(await photo.getAttribute('width')).toBe('256')
    // A 512×512 source for 2× screens.
    expect(await photo.getAttribute('srcset')).toMatch(/-256x256\.\w+ 1x, \S+-512x512\.\w+ 2x$/)
    expect(await photo.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true)
    expect(await page.getByRole('link', { exact: true, name: 'Scheduler and Sharding Considerations for Network Efficiency' }).count()).toBe(1)
    expect(await page.locator('.note-card h3').allInnerTexts()).toEqual(['Scheduling and Sharding Considerations for Network Efficiency'])
    expect(errors).toEqual([])
    await page.close()
  })

  it('shows the events and latest notes on the home page, and serves sitemap, robots and feeds', async () => {
    const { errors, page } = await openPage()
    await page.goto(`${baseUrl}/`)
    expect(await page.locator('.event-card').count()).toBe(9)
    expect(await page.locator('.note-card').count()).toBe(2)
    expect(errors).toEqual([])
    await page.close()

    const sitemap = await (await fetch(`${baseUrl}/sitemap.xml`)).text()
    expect(sitemap).toContain(`<loc>${baseUrl}${eventPath}</loc>`)
    expect(sitemap).toContain(`<loc>${baseUrl}/notes/${seed.articles[0].slug}</loc>`)
    expect(await (await fetch(`${baseUrl}/robots.txt`)).text()).toContain(`Sitemap: ${baseUrl}/sitemap.xml`)
    const rss = await fetch(`${baseUrl}/feed.xml`)
    expect(rss.headers.get('content-type')).toMatch(/rss\+xml/)
    expect(await rss.text()).toContain(seed.articles[0].title)
    const jsonFeed = (await (await fetch(`${baseUrl}/feed.json`)).json()) as { items: unknown[] }
    expect(jsonFeed.items).toHaveLength(2)
    expect((await fetch(`${baseUrl}/feed.atom`)).headers.get('content-type')).toMatch(/atom\+xml/)
  })
})

describe('publishing and unpublishing', () => {
  async function api<T>(path: string, init: { body?: unknown; method?: string; token?: string } = {}): Promise<T> {
    const response = await fetch(`${baseUrl}/api${path}`, {
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      headers: { 'Content-Type': 'application/json', ...(init.token ? { Authorization: `JWT ${init.token}` } : {}) },
      method: init.method ?? 'GET',
    })
    const body = (await response.json()) as T
    if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${JSON.stringify(body)}`)
    return body
  }

  it('shows a published article on the event page and the notes index, and removes it when unpublished', async () => {
    const { token } = await api<{ token: string }>('/users/login', {
      body: { email: 'editor@example.com', password },
      method: 'POST',
    })
    const events = await api<{ docs: Array<{ id: number }> }>(`/events?where[slug][equals]=${seed.demoEventSlug}&depth=0`)
    const eventId = events.docs[0].id
    const talks = await api<{ docs: Array<{ id: number }> }>(
      `/talks?where[event][equals]=${eventId}&where[slug][equals]=opening-remarks&depth=0`,
    )
    const sessionId = talks.docs[0].id
    const title = `Opening remarks, annotated ${Date.now()}`
    const text = (value: string) => ({
      root: { children: [{ children: [{ text: value, type: 'text', version: 1 }], type: 'paragraph', version: 1 }], type: 'root', version: 1 },
    })
    const { doc } = await api<{ doc: { id: number; slug: string } }>('/articles', {
      body: { _status: 'published', body: text('What the opening said.'), event: eventId, featuredSessions: [sessionId], title },
      method: 'POST',
      token,
    })

    const { page } = await openPage()
    try {
      await page.goto(`${baseUrl}${eventPath}`)
      const opening = page.locator('article.session', { has: page.locator('.session__title', { hasText: 'Opening Remarks' }) })
      expect(await opening.locator(`a[href="/notes/${doc.slug}"]`).count()).toBe(1)
      expect(await page.locator('#latest-notes').innerText()).toContain(title)
      await page.goto(`${baseUrl}/notes`)
      expect(await page.locator('.note-card h3').allInnerTexts()).toContain(title)

      await api(`/articles/${doc.id}`, { body: { _status: 'draft' }, method: 'PATCH', token })

      await page.goto(`${baseUrl}${eventPath}`)
      expect(await page.locator(`a[href="/notes/${doc.slug}"]`).count()).toBe(0)
      expect(await page.locator('#latest-notes').innerText()).not.toContain(title)
      await page.goto(`${baseUrl}/notes`)
      expect(await page.locator('.note-card h3').allInnerTexts()).not.toContain(title)
      expect((await page.goto(`${baseUrl}/notes/${doc.slug}`))?.status()).toBe(404)
    } finally {
      await page.close()
      await api(`/articles/${doc.id}`, { method: 'DELETE', token })
    }
  })
})
