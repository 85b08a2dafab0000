// `npm run bench`: the benchmark set against a production build already running at BENCH_URL
// (default http://localhost:3200; `PORT=3200 npm start`), on the bench seed (`npm run bench:seed`).
// Groups (BENCH_GROUPS, comma-separated, default all): editor, autosave, notes, admin, public.
// The editor-path groups also load bench/harness.ts twice, the plugin's config and bare Payload on
// the same database, and print talk-notes / bare and Next / bare ratios. One sign-in per run.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { createInterface } from 'node:readline'

import { load, type LoadResult } from './load'
import { benchEditor, searchWords, slugOf } from './seedData'

const base = (process.env.BENCH_URL ?? 'http://localhost:3200').replace(/\/+$/, '')
const groups = new Set((process.env.BENCH_GROUPS ?? 'editor,autosave,notes,admin,public').split(',').map((group) => group.trim()))
const duration = Number(process.env.BENCH_DURATION ?? '10')
const warmUp = Math.min(3, duration)
const results: Record<string, unknown> = { at: new Date().toISOString(), base, duration }

async function json<T>(url: string, init?: RequestInit): Promise<T> {
  // Once more on a socket the server closed while fetch kept it for reuse (idle keep-alive after a
  // long measurement): "fetch failed", other side closed.
  const response = await fetch(url, init).catch(() => fetch(url, init))
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status} ${await response.text()}; is the app running at ${base}, with the bench seed?`)
  return (await response.json()) as T
}

// One sign-in per run: the plugin's sign-in limits refuse a burst of them from one address. Every
// target accepts the token: the harnesses run with the demo's PAYLOAD_SECRET.
const { token } = await json<{ token: string }>(`${base}/api/users/login`, {
  body: JSON.stringify({ email: process.env.BENCH_EMAIL ?? benchEditor.email, password: process.env.BENCH_PASSWORD ?? benchEditor.password }),
  headers: { 'content-type': 'application/json' },
  method: 'POST',
})
const auth = { Authorization: `JWT ${token}` }

interface Doc {
  id: number | string
  slug: string
}
async function articlesBySlug(slugs: string[]): Promise<Doc[]> {
  const query = new URLSearchParams({ depth: '0', draft: 'true', limit: String(slugs.length), 'select[slug]': 'true' })
  slugs.forEach((slug, i) => query.set(`where[slug][in][${i}]`, slug))
  const { docs } = await json<{ docs: Doc[] }>(`${base}/api/articles?${query}`, { headers: auth })
  return slugs.map((slug) => {
    const doc = docs.find((candidate) => candidate.slug === slug)
    if (!doc) throw new Error(`article ${slug} not found: run npm run bench:seed first`)
    return doc
  })
}

// The harnesses: node:http -> handleEndpoints, one process per config, on the demo's database.
const harnesses: ChildProcess[] = []
async function startHarness(name: 'bare' | 'talk-notes'): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'harness.ts'), name], {
    env: { ...process.env, BENCH_BARE_POOL_MAX: process.env.BENCH_BARE_POOL_MAX ?? '30', NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  harnesses.push(child)
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream })
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`harness ${name} exited (${code}) before it listened`)))
    lines.on('line', (line) => {
      const port = /listening on (\d+)/.exec(line)?.[1]
      if (port) resolve(`http://127.0.0.1:${port}`)
    })
  })
}
const stopHarnesses = () => harnesses.forEach((child) => child.kill('SIGTERM'))
process.once('exit', stopHarnesses)

type Targets = Record<'bare' | 'next' | 'talk-notes', string>
let targets: Targets | undefined
async function editorTargets(): Promise<Targets> {
  targets ??= { bare: await startHarness('bare'), next: base, 'talk-notes': await startHarness('talk-notes') }
  return targets
}

const ratio = (a: number, b: number) => (b ? Math.round((a / b) * 1000) / 1000 : Number.NaN)

/** Loads the same request on the three targets, warm, and prints them side by side with the ratios. */
async function sideBySide(name: string, request: Omit<Parameters<typeof load>[0], 'duration' | 'url'> & { path: (slot: number, sequence: number) => string }) {
  const all = await editorTargets()
  const figures: Partial<Record<keyof Targets, LoadResult>> = {}
  for (const target of ['next', 'talk-notes', 'bare'] as const) {
    await load({ ...request, duration: warmUp, url: `${all[target]}${request.path(0, 0)}` })
    figures[target] = await load({ ...request, duration, url: `${all[target]}${request.path(0, 0)}` })
  }
  const { bare, next, 'talk-notes': plugin } = figures as Record<keyof Targets, LoadResult>
  console.log(`\n== ${name} (${request.connections} connections, ${duration} s)`)
  console.table({ 'next (npm start)': next, 'harness talk-notes': plugin, 'harness bare Payload': bare })
  const ratios = {
    'next/bare': ratio(next.rps, bare.rps),
    'talk-notes/bare': ratio(plugin.rps, bare.rps),
  }
  console.log(`ratio talk-notes/bare ${ratios['talk-notes/bare']}, next/bare ${ratios['next/bare']} (requests per second)`)
  results[name] = { ...figures, ratios }
}

try {
  if (groups.has('editor')) {
    const [article] = await articlesBySlug([slugOf.article(0)])
    await sideBySide('editor: GET /api/talks?limit=20&depth=1', {
      connections: 10,
      headers: auth,
      path: () => '/api/talks?limit=20&depth=1',
    })
    await sideBySide(`editor: GET /api/articles/<id>?depth=2`, {
      connections: 10,
      headers: auth,
      path: () => `/api/articles/${article?.id}?depth=2`,
    })
  }

  if (groups.has('autosave')) {
    // 20 editors, each autosaving its own article as the admin does: the whole form, depth 0.
    const editors = 20
    const articles = await articlesBySlug(Array.from({ length: editors }, (_, i) => slugOf.article(100 + i)))
    const forms = await Promise.all(
      articles.map(async (article) => {
        const doc = await json<Record<string, unknown>>(`${base}/api/articles/${article.id}?depth=0&draft=true`, { headers: auth })
        const { createdAt: _c, id: _i, updatedAt: _u, ...form } = doc
        return form
      }),
    )
    await sideBySide('autosave: PATCH /api/articles/<id>?draft=true&autosave=true&depth=0 (20 editors)', {
      body: (slot, sequence) => JSON.stringify({ ...forms[slot], _status: 'draft', title: `${String(forms[slot]?.title)} (autosave ${sequence})` }),
      connections: editors,
      headers: { ...auth, 'content-type': 'application/json' },
      method: 'PATCH',
      path: (slot) => `/api/articles/${articles[slot]?.id ?? articles[0]?.id}?draft=true&autosave=true&depth=0`,
    })
  }

  if (groups.has('notes')) {
    // The notes index keeps searches until content changes (demo/site/cached.ts, keyed by the query
    // as given): each request differs in letter case and surrounding spaces, which the search
    // ignores (case-insensitive, trimmed), so each one misses; a random start keeps runs apart.
    const variant = (word: string, sequence: number) => {
      const cases = 2 ** word.length
      const n = sequence + start
      const cased = [...word].map((letter, i) => ((Math.floor(n % cases) >> i) & 1 ? letter.toUpperCase() : letter)).join('')
      // Spaces before and after, at most 100 characters in all (the page cuts the query there).
      const spaces = Math.floor(n / cases)
      const room = 100 - word.length
      const before = spaces % (room + 1)
      const after = Math.floor(spaces / (room + 1)) % (room + 1 - before)
      return `${'%20'.repeat(before)}${cased}${'%20'.repeat(after)}`
    }
    const start = Math.floor(Math.random() * 1_000_000)
    const notes: Record<string, LoadResult> = {}
    for (const [kind, word] of Object.entries(searchWords)) {
      const request = { connections: 10, path: (_slot: number, sequence: number) => `/notes?q=${variant(word, sequence)}` }
      await load({ ...request, duration: warmUp, url: `${base}/notes?q=${word}` })
      notes[`${kind} "${word}"`] = await load({ ...request, duration, url: `${base}/notes?q=${word}` })
    }
    console.log(`\n== notes: GET /notes?q=<word>, each request uncached (10 connections, ${duration} s)`)
    console.table(notes)
    results.notes = notes
  }

  if (groups.has('admin')) {
    const [article] = await articlesBySlug([slugOf.article(0)])
    const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'adminView.ts')], {
      encoding: 'utf8',
      env: { ...process.env, BENCH_ARTICLE_ID: String(article?.id), BENCH_TOKEN: token, BENCH_URL: base },
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    if (run.status !== 0) throw new Error(`bench/adminView.ts failed (${run.status})`)
    const figures = JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as Record<string, number>
    console.log(`\n== admin: open an article's edit view (Chromium, warm), ms until the form is ready`)
    console.table({ 'edit view': figures })
    results.admin = figures
  }

  if (groups.has('public')) {
    const article = await json<{ docs: Array<{ slug: string }> }>(`${base}/api/articles?limit=1&depth=0&sort=-publishedAt`)
    const event = await json<{ docs: Array<{ slug: string }> }>(`${base}/api/events?limit=1&depth=0&where[slug][equals]=networking-scale-2024`)
    const speaker = await json<{ docs: Array<{ slug: string }> }>(`${base}/api/speakers?limit=1&depth=0&sort=name`)
    const etag = (await fetch(`${base}/feed.xml`)).headers.get('etag')
    const runs: Array<{ args: string[]; name: string }> = [
      { args: [`${base}/api/talks?limit=20&depth=1`, '--connections', '10', '--duration', '10'], name: 'REST: 20 talks, depth 1 (anonymous)' },
      { args: [`${base}/feed.xml`, '--connections', '50', '--duration', '20'], name: 'RSS feed, 200' },
      ...(etag ? [{ args: [`${base}/feed.xml`, '--connections', '50', '--duration', '20', '--header', `If-None-Match: ${etag}`], name: 'RSS feed, 304' }] : []),
      ...(event.docs[0] ? [{ args: [`${base}/events/${event.docs[0].slug}`, '--connections', '50', '--duration', '20'], name: 'event page' }] : []),
      ...(article.docs[0] ? [{ args: [`${base}/notes/${article.docs[0].slug}`, '--connections', '50', '--duration', '20'], name: 'article page' }] : []),
      ...(speaker.docs[0] ? [{ args: [`${base}/speakers/${speaker.docs[0].slug}`, '--connections', '50', '--duration', '20'], name: 'speaker page' }] : []),
    ]
    for (const run of runs) {
      console.log(`\n== public: ${run.name}`)
      const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'compare.ts'), ...run.args], { stdio: 'inherit' })
      if (result.status !== 0) throw new Error(`compare.ts ${run.name} failed (${result.status})`)
    }
  }
} finally {
  stopHarnesses()
  // What was measured, also when a later group failed.
  const resultsDir = path.join(import.meta.dirname, 'results')
  mkdirSync(resultsDir, { recursive: true })
  const file = path.join(resultsDir, `${String(results.at).replace(/[:.]/g, '-')}.json`)
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`)
  console.log(`\nfigures written to ${path.relative(process.cwd(), file)}`)
}
process.exit(0)
