import type { Browser } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { inject } from 'vitest'

import * as seed from '../../demo/seed/data'
import { launchChromium, logIn as logInAs } from './browser'

let browser: Browser
const baseUrl = inject('baseUrl')

beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

const logIn = (email: string) => logInAs(browser, baseUrl, email)

describe('admin panel with the demo accounts', () => {
  it('lets the editor log in and see the conference collections', async () => {
    const { errors, page } = await logIn('editor@example.com')
    await page.goto(`${baseUrl}/admin/collections/talks`)
    await page.getByText('Live Q&A Session 1').first().waitFor({ timeout: 30_000 })
    expect(await page.getByText('Opening Remarks').count()).toBeGreaterThan(0)
    expect(errors).toEqual([])
    await page.close()
  })

  it('lets the admin log in and list the demo accounts', async () => {
    const { page } = await logIn('admin@example.com')
    await page.goto(`${baseUrl}/admin/collections/users`)
    await page.getByText('speaker@example.com').first().waitFor({ timeout: 30_000 })
    await page.close()
  })

  it('refuses a wrong password', async () => {
    const page = await browser.newPage()
    await page.goto(`${baseUrl}/admin/login`)
    await page.fill('input[name="email"]', 'editor@example.com')
    await page.fill('input[name="password"]', 'not-the-password')
    await page.click('button[type="submit"]')
    await page.getByText(/incorrect|invalid/i).first().waitFor({ timeout: 30_000 })
    expect(new URL(page.url()).pathname).toBe('/admin/login')
    await page.close()
  })
})

describe('REST API of the running demo', () => {
  it('lists the 9 events and the demo event with speakers and moderators', async () => {
    // The seed's events (other browser tests add events of their own for a while).
    const slugs = seed.events.map((event) => event.slug).join(',')
    const events = (await (await fetch(`${baseUrl}/api/events?limit=50&depth=0&where[slug][in]=${slugs}`)).json()) as { totalDocs: number }
    expect(seed.events).toHaveLength(9)
    expect(events.totalDocs).toBe(9)
    const talks = (await (
      await fetch(`${baseUrl}/api/talks?limit=50&depth=1&where[event.slug][equals]=networking-scale-2024`)
    ).json()) as { docs: Array<{ speakers: Array<{ role: string; speaker: { name: string } }> }>; totalDocs: number }
    expect(talks.totalDocs).toBe(18)
    const roles = talks.docs.flatMap((talk) => talk.speakers.map((entry) => entry.role))
    expect(roles.filter((role) => role === 'moderator')).toHaveLength(3)
  })
})
