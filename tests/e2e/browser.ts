// Debian's Chromium driven by playwright-core (no browser downloads).
import { type Browser, chromium, type Page } from 'playwright-core'

export const demoPassword = process.env.DEMO_PASSWORD || 'demo-password'

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run'],
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  })
}

/** Records the page's uncaught exceptions, console errors and 4xx/5xx answers, for a test to expect none. */
export function watchForErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`)
  })
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`)
  })
  return errors
}

/** Signs in through the admin's login form in a context of its own; collects page errors. */
export async function logIn(browser: Browser, baseUrl: string, email: string, password = demoPassword) {
  const context = await browser.newContext({ viewport: { height: 1000, width: 1400 } })
  const page: Page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(`${baseUrl}/admin/login`)
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', password)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 30_000 })
  return { errors, page }
}
