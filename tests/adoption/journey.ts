// The host app's admin, used in Chromium as a new site's first editor would: create the first
// account, a series, an event, a speaker, a session with that speaker and an article featuring
// the session, and publish it. Then what visitors get: the feed, the schedule exports, and the
// speaker review panel (the plugin's admin component, loaded through the host's import map).
import type { Page } from 'playwright-core'

import { XMLParser } from 'fast-xml-parser'
import ICAL from 'ical.js'

import { launchChromium } from '../e2e/browser'
import { parseCalendar } from '../helpers/ical'

const email = 'first-editor@example.org'
const password = 'a long first password'
const names = {
  article: 'What we learnt packaging a Payload plugin',
  event: 'Adoption Summit 2026',
  series: 'Adoption Summit',
  session: 'Shipping the build, not the sources',
  speaker: 'Ada Lovelace',
}
const zone = 'Europe/Berlin'
// Typed into the admin's date pickers, which read them on the browser's clocks (UTC, set below).
const typed = {
  day: { end: 'Jun 10, 2026 5:00 PM', start: 'Jun 10, 2026 9:00 AM' },
  session: { end: 'Jun 10, 2026 10:30 AM', start: 'Jun 10, 2026 10:00 AM' },
}
const sessionStartsAt = '2026-06-10T10:00:00.000Z'

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message)
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url)
  check(response.ok, `GET ${url} answered ${response.status}`)
  return (await response.json()) as T
}

async function getText(url: string, type: RegExp): Promise<string> {
  const response = await fetch(url)
  check(response.ok, `GET ${url} answered ${response.status}`)
  check(type.test(response.headers.get('content-type') ?? ''), `GET ${url}: content-type ${response.headers.get('content-type')}`)
  return response.text()
}

/** Picks `option` in the react-select of the field `name` (a relationship or select field). */
async function choose(page: Page, name: string, option: string): Promise<void> {
  await page.locator(`#field-${name} .rs__control`).click()
  await page.locator('.rs__option', { hasText: option }).first().click()
}

async function typeDate(page: Page, id: string, value: string): Promise<void> {
  const input = page.locator(`#field-${id} input`)
  await input.fill(value)
  await input.press('Enter')
}

/**
 * Adds a row to the array field `name` with its "Add …" button and waits for the row's first field.
 * The row's fields come from a server round trip; a click that lands while an earlier field change
 * is re-rendering the form is lost (seen on a loaded machine), so a row still missing is asked for again.
 */
async function addRow(page: Page, name: string, button: string): Promise<void> {
  const row = page.locator(`[id^="field-${name}__0__"]`).first()
  for (let attempt = 1; ; attempt += 1) {
    await page.getByRole('button', { name: button }).click()
    try {
      await row.waitFor({ timeout: 15_000 })
      return
    } catch (error) {
      if (attempt === 3) throw error
    }
  }
}

/** Saves a new document with the form's Save button and returns its id from the edit view's URL. */
async function saveNew(page: Page, collection: string): Promise<number> {
  await page.click('#action-save')
  const pattern = new RegExp(`/admin/collections/${collection}/(\\d+)$`)
  await page.waitForURL(pattern, { timeout: 30_000 })
  return Number(pattern.exec(new URL(page.url()).pathname)?.[1])
}

/** Runs the journey; when a step fails, the page as it was is saved to `failureScreenshot`. */
export async function runEditorJourney(baseUrl: string, failureScreenshot: string): Promise<void> {
  const browser = await launchChromium()
  const context = await browser.newContext({ timezoneId: 'UTC', viewport: { height: 1000, width: 1400 } })
  const page = await context.newPage()
  try {
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    const admin = (path: string) => page.goto(`${baseUrl}/admin${path}`)

    // An empty site sends its first visitor to create the first account, which the plugin makes an admin.
    await admin('')
    await page.waitForURL(/\/admin\/create-first-user$/, { timeout: 60_000 })
    await page.fill('#field-email', email)
    await page.fill('#field-password', password)
    await page.fill('#field-confirm-password', password)
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => url.pathname === '/admin', { timeout: 30_000 })
    const me = (await (await page.request.get(`${baseUrl}/api/users/me`)).json()) as { user: null | { email: string; role?: string } }
    check(me.user?.email === email && me.user.role === 'admin', `the first account is not an admin: ${JSON.stringify(me.user)}`)
    console.log(`  first account ${email}: role admin`)

    await admin('/collections/event-series/create')
    await page.fill('#field-name', names.series)
    await saveNew(page, 'event-series')

    await admin('/collections/events/create')
    await page.fill('#field-title', names.event)
    await choose(page, 'series', names.series)
    await addRow(page, 'dates', 'Add Date')
    await typeDate(page, 'dates__0__start', typed.day.start)
    await typeDate(page, 'dates__0__end', typed.day.end)
    await page.fill('#field-timezone', zone)
    const eventId = await saveNew(page, 'events')

    await admin('/collections/speakers/create')
    await page.fill('#field-name', names.speaker)
    await page.fill('#field-shortBio', 'Wrote the first program.')
    const speakerId = await saveNew(page, 'speakers')

    await admin('/collections/talks/create')
    await page.fill('#field-title', names.session)
    await choose(page, 'event', names.event)
    await typeDate(page, 'startsAt', typed.session.start)
    await typeDate(page, 'endsAt', typed.session.end)
    await addRow(page, 'speakers', 'Add Speaker or moderator')
    await choose(page, 'speakers__0__speaker', names.speaker)
    const sessionId = await saveNew(page, 'talks')

    // Articles have drafts with autosave: the admin creates the draft at once, then the form opens.
    await admin('/collections/articles/create')
    await page.waitForURL(/\/admin\/collections\/articles\/\d+$/, { timeout: 30_000 })
    const articleId = Number(/(\d+)$/.exec(new URL(page.url()).pathname)?.[1])
    await page.locator('#field-event:not(.relationship--read-only)').waitFor({ timeout: 30_000 })
    await page.fill('#field-title', names.article)
    await page.locator('#field-body [contenteditable="true"], .rich-text-lexical [contenteditable="true"]').first().click()
    await page.keyboard.type('Ship the build, not the sources: the host installs what npm pack made.')
    await choose(page, 'event', names.event)
    await choose(page, 'featuredSessions', names.session)
    await page.keyboard.press('Escape')
    await page.getByRole('button', { name: 'Publish changes' }).click()
    await page.locator('.payload-toast-container').getByText(/published|success/i).first().waitFor({ timeout: 30_000 })
    console.log(`  through the admin: series, event #${eventId}, speaker #${speakerId}, session #${sessionId}, article #${articleId} published`)

    // What visitors read.
    const article = await getJson<{ _status: string; featuredSessions: number[]; title: string }>(`${baseUrl}/api/articles/${articleId}?depth=0`)
    check(article._status === 'published' && article.title === names.article, `the article is not published: ${JSON.stringify(article)}`)
    check(article.featuredSessions.includes(sessionId), `the article does not feature the session: ${JSON.stringify(article.featuredSessions)}`)
    const session = await getJson<{ featuredArticles: { docs: Array<number | { id: number }> } }>(`${baseUrl}/api/talks/${sessionId}?depth=0`)
    const featured = session.featuredArticles.docs.map((doc) => (typeof doc === 'object' ? doc.id : doc))
    check(featured.includes(articleId), `the session does not list its featured article: ${JSON.stringify(session.featuredArticles)}`)

    const event = await getJson<{ slug: string }>(`${baseUrl}/api/events/${eventId}?depth=0`)
    const xml = new XMLParser({ isArray: (name) => name === 'item' || name === 'event' || name === 'room' || name === 'day' })
    const rss = xml.parse(await getText(`${baseUrl}/api/feed.xml`, /xml/)) as { rss: { channel: { item?: Array<{ title: string }> } } }
    const items = (rss.rss.channel.item ?? []).map((item) => item.title)
    check(items.includes(names.article), `/api/feed.xml does not list the article: ${JSON.stringify(items)}`)
    console.log(`  /api/feed.xml lists "${names.article}"`)

    const ics = await getText(`${baseUrl}/api/events/${event.slug}/schedule.ics`, /text\/calendar/)
    const calendar = parseCalendar(ics)
    const vevents = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component))
    const listed = vevents.find((vevent) => vevent.summary === names.session)
    check(listed, `schedule.ics does not list the session:\n${ics}`)
    // The event's zone, declared: a TZID without its VTIMEZONE leaves clients guessing the offset.
    check(ics.includes(`DTSTART;TZID=${zone}:`), `schedule.ics does not give the session's start in ${zone}:\n${ics}`)
    check(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid') === zone, `schedule.ics has no VTIMEZONE for ${zone}:\n${ics}`)
    const startsAt = listed.startDate.toJSDate().toISOString()
    check(startsAt === sessionStartsAt, `schedule.ics starts the session at ${startsAt}, entered as ${sessionStartsAt}`)
    console.log(`  /api/events/${event.slug}/schedule.ics lists "${names.session}" at ${startsAt} (TZID ${zone} with its VTIMEZONE)`)

    const frab = await getText(`${baseUrl}/api/events/${event.slug}/schedule.xml`, /xml/)
    check(frab.includes(`<title>${names.session}</title>`), `schedule.xml does not list the session:\n${frab}`)
    console.log(`  /api/events/${event.slug}/schedule.xml lists "${names.session}"`)

    // The plugin's client component, through the host's import map, on the profile's edit view.
    await admin(`/collections/speakers/${speakerId}`)
    const panel = page.getByRole('region', { name: 'Speaker review' })
    await panel.getByRole('heading', { name: 'Speaker review: Unreviewed' }).waitFor({ timeout: 30_000 })
    await panel.getByText('No speaker account yet: editors publish this profile directly.').waitFor()
    await panel.getByRole('button', { name: 'Send invitation' }).waitFor()
    console.log(`  speaker #${speakerId}'s edit view shows the Speaker review panel`)

    check(errors.length === 0, `the admin threw in the browser:\n${errors.join('\n')}`)
  } catch (error) {
    await page.screenshot({ fullPage: true, path: failureScreenshot }).catch(() => {})
    console.error(`  the page at ${page.url()} when it failed: ${failureScreenshot}`)
    throw error
  } finally {
    await browser.close()
  }
}
