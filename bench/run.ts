// `npm run bench`: the whole benchmark set, one compare.ts run after another, against a production
// build already running at BENCH_URL (default http://localhost:3200; start it with
// `PORT=3200 npm start`). Each line pairs the app with a bare node:http baseline in the same run.
import { spawnSync } from 'node:child_process'
import path from 'node:path'

const base = (process.env.BENCH_URL ?? 'http://localhost:3200').replace(/\/+$/, '')

async function json<T>(url: string): Promise<T> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}; is the app running at ${base}?`)
  return (await response.json()) as T
}

const article = await json<{ docs: Array<{ slug: string }> }>(`${base}/api/articles?limit=1&depth=0&sort=-publishedAt`)
const event = await json<{ docs: Array<{ slug: string }> }>(`${base}/api/events?limit=1&depth=0&where[slug][equals]=networking-scale-2024`)
const speaker = await json<{ docs: Array<{ slug: string }> }>(`${base}/api/speakers?limit=1&depth=0&sort=name`)
const etag = (await fetch(`${base}/feed.xml`)).headers.get('etag')

const runs: Array<{ args: string[]; name: string }> = [
  { args: [`${base}/api/talks?limit=20&depth=1`, '--connections', '10', '--duration', '10'], name: 'REST: 20 talks, depth 1' },
  { args: [`${base}/feed.xml`, '--connections', '50', '--duration', '20'], name: 'RSS feed, 200' },
  ...(etag ? [{ args: [`${base}/feed.xml`, '--connections', '50', '--duration', '20', '--header', `If-None-Match: ${etag}`], name: 'RSS feed, 304' }] : []),
  ...(event.docs[0] ? [{ args: [`${base}/events/${event.docs[0].slug}`, '--connections', '50', '--duration', '20'], name: 'event page' }] : []),
  ...(article.docs[0] ? [{ args: [`${base}/notes/${article.docs[0].slug}`, '--connections', '50', '--duration', '20'], name: 'article page' }] : []),
  ...(speaker.docs[0] ? [{ args: [`${base}/speakers/${speaker.docs[0].slug}`, '--connections', '50', '--duration', '20'], name: 'speaker page' }] : []),
]

for (const run of runs) {
  console.log(`\n== ${run.name}`)
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'compare.ts'), ...run.args], { stdio: 'inherit' })
  if (result.status !== 0) process.exit(result.status ?? 1)
}
