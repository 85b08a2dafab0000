// Debian's Chromium driven by playwright-core (no browser downloads).
import { type Browser, chromium, type Page } from 'playwright-core'

export const demoPassword = process.env.DEMO_PASSWORD || 'demo-password'

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run'],
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  })
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
