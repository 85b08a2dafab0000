// Debian's Chromium driven by playwright-core (no browser downloads).
import { type Browser, chromium } from 'playwright-core'

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run'],
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  })
}
