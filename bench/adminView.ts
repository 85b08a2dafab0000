// Opens an article's edit view in the admin with Chromium (playwright-core, Debian's /usr/bin/chromium)
// signed in as the bench editor, warm (after warm-up visits, browser cache kept), and times each open
// from navigation to a ready form: the title input filled in and the Lexical editor shown.
//   BENCH_URL=http://localhost:3200 BENCH_TOKEN=<JWT> BENCH_ARTICLE_ID=<id> npx tsx bench/adminView.ts
// Prints one JSON line: { runs, median, p90, min, max } in milliseconds.
import { chromium } from 'playwright-core'

const base = (process.env.BENCH_URL ?? 'http://localhost:3200').replace(/\/+$/, '')
const token = process.env.BENCH_TOKEN
const articleId = process.env.BENCH_ARTICLE_ID
const runs = Number(process.env.BENCH_ADMIN_RUNS ?? '10')
const warmUps = Number(process.env.BENCH_ADMIN_WARMUPS ?? '3')
if (!token || !articleId) {
  console.error('BENCH_TOKEN (a JWT of an editor) and BENCH_ARTICLE_ID are required; npm run bench sets both')
  process.exit(2)
}

const browser = await chromium.launch({
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
})
try {
  const context = await browser.newContext()
  // The token of run.ts's one sign-in, as Payload's cookie: no login form, no sign-in rate limit.
  await context.addCookies([{ httpOnly: true, name: 'payload-token', sameSite: 'Lax', url: base, value: token }])
  const url = `${base}/admin/collections/articles/${articleId}`

  const open = async (): Promise<number> => {
    const page = await context.newPage()
    try {
      const started = performance.now()
      await page.goto(url, { waitUntil: 'commit' })
      await page.waitForFunction(() => {
        const title = document.querySelector<HTMLInputElement>('input#field-title')
        const editor = document.querySelector('[data-lexical-editor="true"]')
        return Boolean(title?.value && editor)
      }, undefined, { timeout: 30_000 })
      return performance.now() - started
    } finally {
      await page.close()
    }
  }

  for (let i = 0; i < warmUps; i += 1) await open()
  const times: number[] = []
  for (let i = 0; i < runs; i += 1) times.push(await open())
  times.sort((a, b) => a - b)
  const at = (q: number) => Math.round(times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)] as number)
  console.log(JSON.stringify({ max: at(1), median: at(0.5), min: Math.round(times[0] as number), p90: at(0.9), runs }))
} finally {
  await browser.close()
}
