// `npm run bench:cluster`: the reference deployment (demo/cluster) under load through its nginx
// balancer, started with one instance and then with two, on the demo data. Prints, per run:
//   - a cached page and the RSS feed through the balancer against nginx serving the same bytes from
//     a file (a server block of the same nginx), as a ratio;
//   - the same page past the in-process replay cache (a query string), answered from Next.js's
//     cache in Redis, against the replayed one: what the replay cache is worth;
//   - visitors' uncached REST reads (each query different), which reach PostgreSQL (the replica);
// then the two-instance / one-instance ratios, and p99 and errors of a load during which one of two
// instances is killed (and started again). Figures go to bench/results/cluster-<time>.json.
//   CLUSTER_PORT (4400; the balancer, the parts on the ports after it), BENCH_DURATION (10 s),
//   BENCH_CONNECTIONS (10)
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { type Cluster, startCluster } from '../demo/cluster'
import { demoEventSlug } from '../demo/seed/data'
import { load, type LoadResult } from './load'

const basePort = Number(process.env.CLUSTER_PORT ?? '4400')
const duration = Number(process.env.BENCH_DURATION ?? '10')
const connections = Number(process.env.BENCH_CONNECTIONS ?? '10')
const staticPort = basePort + 20
const pagePath = `/events/${demoEventSlug}`

interface Run {
  feed: LoadResult
  feedFromFile: LoadResult
  page: LoadResult
  pageFromFile: LoadResult
  pageFromRedis: LoadResult
  uncachedRest: LoadResult
}

async function sample(cluster: Cluster, urlPath: string, file: string): Promise<void> {
  // Twice: the first answer may be the one that fills the caches.
  await fetch(`${cluster.url}${urlPath}`, { headers: { 'accept-encoding': 'identity' } })
  const response = await fetch(`${cluster.url}${urlPath}`, { headers: { 'accept-encoding': 'identity' } })
  if (!response.ok) throw new Error(`${urlPath}: HTTP ${response.status}`)
  writeFileSync(path.join(staticDir, file), Buffer.from(await response.arrayBuffer()))
}

const staticDir = path.resolve('bench', 'results', 'static')
mkdirSync(staticDir, { recursive: true })
// The baseline: the same nginx, a server block answering from files, with the app's content types.
const nginxExtra = `
  server {
    listen 127.0.0.1:${staticPort};
    root ${staticDir};
    types { text/html html; application/rss+xml xml; }
  }`

async function measure(instances: number): Promise<{ cluster: Cluster; run: Run }> {
  console.log(`\nstarting the cluster with ${instances} instance(s)...`)
  const cluster = await startCluster({ basePort, instances, log: () => {}, nginxExtra })
  await sample(cluster, pagePath, 'event.html')
  await sample(cluster, '/feed.xml', 'feed.xml')
  const through = (urlPath: string, extra: Partial<Parameters<typeof load>[0]> = {}) =>
    load({ connections, duration, url: `${cluster.url}${urlPath}`, ...extra })
  const fromFile = (file: string) => load({ connections, duration, url: `http://127.0.0.1:${staticPort}/${file}` })
  const run: Run = {
    feed: await through('/feed.xml'),
    feedFromFile: await fromFile('feed.xml'),
    page: await through(pagePath),
    pageFromFile: await fromFile('event.html'),
    pageFromRedis: await through(pagePath, { path: (slot, sequence) => `${pagePath}?bench=${sequence}` }),
    uncachedRest: await through('/api/talks', { path: (slot, sequence) => `/api/talks?limit=10&depth=1&where[id][greater_than]=${sequence % 5000}` }),
  }
  console.table(run)
  return { cluster, run }
}

const ratio = (a: LoadResult, b: LoadResult) => Math.round((a.rps / b.rps) * 1000) / 1000

const one = await measure(1)
await one.cluster.stop()
const two = await measure(2)

// The kill drill: a cached page and uncached reads at once; one instance is killed after a third of
// the run.
console.log('\nkill drill: one of two instances killed during the load...')
const drill = Promise.all([
  load({ connections: Math.ceil(connections / 2), duration, url: `${two.cluster.url}${pagePath}` }),
  load({
    connections: Math.ceil(connections / 2),
    duration,
    path: (slot, sequence) => `/api/talks?limit=10&depth=1&where[id][greater_than]=${sequence % 5000}`,
    url: `${two.cluster.url}/api/talks`,
  }),
])
await new Promise((resolve) => setTimeout(resolve, (duration * 1000) / 3))
await two.cluster.instances[0].service().kill()
const [drillPage, drillRest] = await drill
await two.cluster.stop()

const figures = {
  at: new Date().toISOString(),
  connections,
  duration,
  killDrill: { cachedPage: drillPage, uncachedRest: drillRest },
  oneInstance: one.run,
  ratios: {
    feedVsNginxFile: { one: ratio(one.run.feed, one.run.feedFromFile), two: ratio(two.run.feed, two.run.feedFromFile) },
    pageVsNginxFile: { one: ratio(one.run.page, one.run.pageFromFile), two: ratio(two.run.page, two.run.pageFromFile) },
    redisPageVsReplayedPage: { one: ratio(one.run.pageFromRedis, one.run.page), two: ratio(two.run.pageFromRedis, two.run.page) },
    twoInstancesVsOne: {
      cachedPage: ratio(two.run.page, one.run.page),
      feed: ratio(two.run.feed, one.run.feed),
      pageFromRedis: ratio(two.run.pageFromRedis, one.run.pageFromRedis),
      uncachedRest: ratio(two.run.uncachedRest, one.run.uncachedRest),
    },
  },
  twoInstances: two.run,
}
console.log('\nratios')
console.log(JSON.stringify(figures.ratios, null, 2))
console.log(`kill drill: cached page p99 ${drillPage.p99} ms, ${drillPage.errors} errors; uncached REST p99 ${drillRest.p99} ms, ${drillRest.errors} errors`)
const out = path.resolve('bench', 'results', `cluster-${figures.at.replace(/[:.]/g, '-')}.json`)
writeFileSync(out, JSON.stringify(figures, null, 2))
console.log(`figures: ${out}`)
process.exit(0)
