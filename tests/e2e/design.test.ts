// The designed public site in Chromium, at a phone's width (390 px) and a laptop's (1280 px): axe-core
// finds no serious or critical violation, nothing overflows sideways, the console stays clean, the
// keyboard reaches every link and star button, and the layout has the structure the design promises
// (asserted on positions, not pixels). Each page's screenshot at both widths goes to
// test-results/screenshots/ for a person to look at.
import type { Browser, Page } from 'playwright-core'

import { AxeBuilder } from '@axe-core/playwright'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import * as seed from '../../demo/seed/data'
import { parseCalendar } from '../helpers/ical'
import { launchChromium, logIn, watchForErrors } from './browser'

const baseUrl = inject('baseUrl')
const origin = { Origin: baseUrl }
const screenshotDir = path.resolve('test-results/screenshots')
const widths = [390, 1280] as const
const pages = {
  article: `/notes/${seed.articles[0].slug}`,
  event: `/events/${seed.demoEventSlug}`,
  home: '/',
  notes: '/notes',
  speaker: `/speakers/${seed.people[0].slug}`,
} as const

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
  mkdirSync(screenshotDir, { recursive: true })
})
afterAll(async () => {
  await browser?.close()
})

async function open(width: number, pathname: string): Promise<{ errors: string[]; page: Page }> {
  const context = await browser.newContext({ viewport: { height: 900, width } })
  const page = await context.newPage()
  const errors = watchForErrors(page)
  const response = await page.goto(`${baseUrl}${pathname}`)
  expect(response?.status(), pathname).toBe(200)
  await page.waitForLoadState('networkidle')
  return { errors, page }
}

/** Serious and critical axe-core findings, one line each (rule, impact, first offending elements). */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze()
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(' | ')}`)
}

describe.each(widths)('at %i px', (width) => {
  it.each(Object.entries(pages))('%s page: no serious axe violation, no overflow, no console error', async (name, pathname) => {
    const { errors, page } = await open(width, pathname)
    expect(await seriousViolations(page), `${name} at ${width}px`).toEqual([])
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect(overflow, `${name} at ${width}px overflows by ${overflow}px`).toBeLessThanOrEqual(0)
    await page.screenshot({ fullPage: true, path: path.join(screenshotDir, `${name}-${width}.png`) })
    expect(errors).toEqual([])
    await page.context().close()
  })
})

describe('the event page’s layout', () => {
  it('puts speakers two to a row on a phone, and session times beside their text on a laptop', async () => {
    const phone = await open(390, pages.event)
    const cards = await phone.page.locator('#speakers .person-card').evaluateAll((elements) =>
      elements.slice(0, 2).map((element) => element.getBoundingClientRect().top),
    )
    expect(cards[0]).toBe(cards[1])
    const height = await phone.page.evaluate(() => document.documentElement.scrollHeight)
    // The prototype's page was 19,000 px tall at this width, one speaker per row; the agenda's 18 abstracts are
    // shown whole, as the seed page shows them, and make most of what is left (about 17,000 px).
    expect(height).toBeLessThan(17_500)
    await phone.page.context().close()

    const laptop = await open(1280, pages.event)
    const session = laptop.page.locator('article.session').nth(1)
    const [time, body] = await Promise.all([
      session.locator('.session__time').boundingBox(),
      session.locator('.session__body').boundingBox(),
    ])
    expect(time!.x + time!.width).toBeLessThanOrEqual(body!.x)
    expect(Math.abs(time!.y - body!.y)).toBeLessThan(4)
    // A reading measure for the article body: no line wider than about 75 characters.
    await laptop.page.goto(`${baseUrl}${pages.article}`)
    const bodyWidth = (await laptop.page.locator('.note__body').boundingBox())!.width
    expect(bodyWidth).toBeLessThanOrEqual(48 * 16)
    await laptop.page.context().close()
  })

  it('shows each sitting with its hours, and the site’s name and logo from the branding option', async () => {
    const { page } = await open(1280, '/events/ai-infra-scale-2024')
    expect(await page.locator('.event__sittings li').allInnerTexts()).toEqual([
      'July 31, 2024 · 02:30 PM – 07:00 PM PT · In-person event',
      'August 7, 2024 · 02:30 PM – 05:30 PM PT · Virtual program',
    ])
    await page.goto(`${baseUrl}/`)
    const rtc = page.locator('.event-card', { has: page.locator('a[href="/events/rtc-scale-2024"]') })
    expect(await rtc.locator('.event-card__sittings').innerText()).toBe('March 20, 2024 · 09:00 AM – 03:00 PM PT')
    // A card's summary is cut after a whole word; a visible ellipsis and a "read more" say so.
    const teaser = rtc.locator('.card__teaser')
    const shown = await teaser.evaluate((element) => element.firstChild?.textContent ?? '')
    const full = seed.events.find((event) => event.slug === 'rtc-scale-2024')!.summary!
    expect(full.startsWith(shown)).toBe(true)
    expect(full[shown.length]).toBe(' ')
    expect(shown.length).toBeGreaterThan(100)
    expect(await teaser.innerText()).toContain(`${shown}… read more`)
    expect(await teaser.getByRole('link', { name: 'read more about RTC @Scale 2024' }).getAttribute('href')).toBe('/events/rtc-scale-2024')
    expect(await page.locator('.site-name').innerText()).toBe('talk-notes')
    expect(await page.locator('.site-name img').getAttribute('src')).toBe('/logo.svg')
    await page.context().close()
  })
})

describe('keyboard only', () => {
  it.each(Object.entries(pages))('reaches every link and button of the %s page with Tab', async (name, pathname) => {
    const { page } = await open(1280, pathname)
    const targets = await page.evaluate(() => {
      const elements = [...document.querySelectorAll<HTMLElement>('a[href], button')].filter((element) => element.offsetParent !== null)
      elements.forEach((element, index) => element.setAttribute('data-tab-target', String(index)))
      return elements.length
    })
    expect(targets).toBeGreaterThan(name === 'event' ? 60 : 5)
    const reached = new Set<string>()
    for (let step = 0; step < targets + 20 && reached.size < targets; step += 1) {
      await page.keyboard.press('Tab')
      const target = await page.evaluate(() => document.activeElement?.getAttribute('data-tab-target') ?? null)
      if (target !== null) reached.add(target)
    }
    expect(reached.size).toBe(targets)
    if (name === 'event') expect(await page.locator('button.star-button').count()).toBeGreaterThan(10)
    await page.context().close()
  })
})

describe('the personal agenda', () => {
  it('stars sessions from the keyboard, keeps them in the browser, and serves them as a calendar of their own', async () => {
    const context = await browser.newContext({ viewport: { height: 900, width: 390 } })
    const page = await context.newPage()
    const requests: string[] = []
    page.on('request', (request) => requests.push(request.url()))
    await page.goto(`${baseUrl}${pages.event}`)
    await page.waitForLoadState('networkidle')
    // Nothing starred: the panel invites, and nothing about the agenda went to the server.
    await expect(page.locator('.my-agenda').innerText()).resolves.toContain('star the sessions')
    expect(requests.filter((url) => url.includes('sessions='))).toEqual([])
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([])

    const chosen = [seed.sessions[5], seed.sessions[2]].map((session) => session.title)
    for (const title of chosen) {
      const session = page.locator('article.session', { has: page.locator('.session__title', { hasText: title }) })
      const star = session.getByRole('button', { name: `My agenda: ${title}` })
      expect(await star.getAttribute('aria-pressed')).toBe('false')
      await star.focus()
      await page.keyboard.press('Enter')
      // The same button, its state in aria-pressed.
      await session.getByRole('button', { name: `My agenda: ${title}`, pressed: true }).waitFor()
    }
    await expect(page.locator('.my-agenda').innerText()).resolves.toContain('2 sessions starred')
    // (Not networkidle: Playwright keeps counting the prefetches the reload cut short, for 30 s.)
    await page.reload()
    await page.locator('button.star-button').first().waitFor()
    expect(await page.locator('button.star-button[aria-pressed="true"]').count()).toBe(2)

    const download = await page.getByRole('link', { name: 'Download my agenda (.ics)' }).getAttribute('href')
    const subscribe = await page.getByRole('link', { name: 'Subscribe in your calendar app' }).getAttribute('href')
    expect(subscribe).toBe(download!.replace(/^http:/, 'webcal:'))
    const calendar = await fetch(download!)
    expect(calendar.status).toBe(200)
    const summaries = parseCalendar(await calendar.text())
      .getAllSubcomponents('vevent')
      .map((vevent) => vevent.getFirstPropertyValue('summary'))
    // Agenda order, whatever order they were starred in.
    expect(summaries).toEqual([seed.sessions[2].title, seed.sessions[5].title])
    await context.close()
  })
})

describe('while an event runs', () => {
  it('shows now and next and the livestream, and no livestream once the event is over', async () => {
    const { page: editor } = await logIn(browser, baseUrl, 'editor@example.com')
    const stamp = Date.now().toString(36)
    const minute = 60_000
    const at = (offset: number) => new Date(Math.floor(Date.now() / minute) * minute + offset * minute).toISOString()
    const created: Array<[string, number]> = []
    try {
      const series = await editor.request.get(`${baseUrl}/api/event-series?limit=1&depth=0&where[slug][equals]=networking-scale`)
      const seriesId = ((await series.json()) as { docs: Array<{ id: number }> }).docs[0].id
      const event = await editor.request.post(`${baseUrl}/api/events`, {
        data: {
          dates: [{ end: at(120), start: at(-60) }],
          format: 'hybrid',
          series: seriesId,
          livestreamUrl: 'https://stream.example.org/live',
          registrationStatus: 'invite-only',
          slug: `live-${stamp}`,
          timezone: 'America/Los_Angeles',
          title: `Live ${stamp}`,
          venue: { name: 'Online' },
        },
        headers: origin,
      })
      expect(event.status(), await event.text()).toBe(201)
      const eventId = ((await event.json()) as { doc: { id: number } }).doc.id
      created.push(['events', eventId])
      for (const [title, start, end, track] of [
        [`Happening ${stamp}`, -10, 20, undefined],
        [`Coming up ${stamp}`, 30, 60, undefined],
        [`Track A talk ${stamp}`, 70, 100, 'Track A'],
        [`Track B talk ${stamp}`, 70, 100, 'Track B'],
      ] as const) {
        const talk = await editor.request.post(`${baseUrl}/api/talks`, {
          data: { endsAt: at(end), event: eventId, kind: 'talk', startsAt: at(start), title, ...(track ? { track } : {}) },
          headers: origin,
        })
        expect(talk.status(), await talk.text()).toBe(201)
        created.unshift(['talks', ((await talk.json()) as { doc: { id: number } }).doc.id])
      }
      const { errors, page } = await open(1280, `/events/live-${stamp}`)
      const nowNext = page.getByRole('region', { name: 'Now and next' })
      await expect(nowNext.locator('[data-slot="now"]').innerText()).resolves.toContain(`Happening ${stamp}`)
      await expect(nowNext.locator('[data-slot="next"]').innerText()).resolves.toContain(`Coming up ${stamp}`)
      expect(await page.getByRole('link', { name: 'Watch the livestream now' }).getAttribute('href')).toBe('https://stream.example.org/live')
      expect(await page.locator('.registration-status').innerText()).toBe('Invite only')
      expect(await page.locator('.event__facts .badge').innerText()).toMatch(/happening now/i)
      expect(await seriousViolations(page)).toEqual([])
      expect(errors).toEqual([])
      // Parallel tracks side by side on a laptop, one under the other on a phone.
      const tracks = async () => Promise.all([0, 1].map(async (index) => (await page.locator('.agenda__track').nth(index).boundingBox())!))
      const [a, b] = await tracks()
      expect(Math.abs(a.y - b.y)).toBeLessThan(2)
      expect(b.x).toBeGreaterThanOrEqual(a.x + a.width)
      await page.setViewportSize({ height: 900, width: 390 })
      const [phoneA, phoneB] = await tracks()
      expect(phoneB.y).toBeGreaterThanOrEqual(phoneA.y + phoneA.height)

      // Over: the same event moved into the past shows neither.
      const moved = await editor.request.patch(`${baseUrl}/api/events/${eventId}`, {
        data: { dates: [{ end: at(-2 * 24 * 60 + 120), start: at(-2 * 24 * 60) }] },
        headers: origin,
      })
      expect(moved.status()).toBe(200)
      await page.goto(`${baseUrl}/events/live-${stamp}`)
      // Hydrated (the agenda's invitation renders on the client) before looking for what must be absent.
      await page.locator('.my-agenda').waitFor()
      expect(await page.getByRole('link', { name: /Watch the livestream/ }).count()).toBe(0)
      expect(await page.getByRole('region', { name: 'Now and next' }).count()).toBe(0)
      await page.context().close()
    } finally {
      for (const [collection, id] of created) {
        await editor.request.delete(`${baseUrl}/api/${collection}/${id}?overrideLock=true`, { headers: origin })
      }
    }
  })
})
