// The bench seed's documents, made from their index alone (a seeded generator per document), so a
// re-run makes exactly the documents that are missing. Text: a Zipf-like draw from a technical
// vocabulary (a few words in nearly every article, most in some) plus rare words in about ten
// articles each, so a search for a common, a middling, a rare and an absent word means something.
export const benchPrefix = 'bench-'
export const benchCounts = { articles: 10_000, events: 50, organizations: 40, series: 5, speakers: 1_500, talks: 2_000 } as const
export const benchEditor = { email: 'bench-editor@example.com', name: 'Bench Editor', password: 'bench-password' } as const

/** Words the notes benchmark searches: in most articles, in some, in about ten, in none. */
export const searchWords = { absent: 'quetzalcoatl', common: 'network', middling: 'telemetry', rare: 'kaleidoscope' } as const

const pad = (value: number, width: number) => String(value).padStart(width, '0')
export const slugOf = {
  article: (i: number) => `${benchPrefix}article-${pad(i + 1, 5)}`,
  event: (i: number) => `${benchPrefix}event-${pad(i + 1, 2)}`,
  // Organizations make their slug from the name ("Bench Org 01"), always.
  organization: (i: number) => `${benchPrefix}org-${pad(i + 1, 2)}`,
  series: (i: number) => `${benchPrefix}series-${i + 1}`,
  speaker: (i: number) => `${benchPrefix}speaker-${pad(i + 1, 4)}`,
  talk: (i: number) => `${benchPrefix}talk-${pad(i + 1, 4)}`,
}

/** mulberry32: small, fast, good enough for test data; one stream per document. */
export function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

// Ranked: earlier words are drawn far more often (weight 1 / (rank + 1)).
const vocabulary = (
  'network latency the traffic routing data fabric backbone packet service scale capacity cluster region ' +
  'engineers production outage failure switch link bandwidth load reliability design operations team ' +
  'deployment monitoring protocol optical transport edge cache peering congestion control datacenter ' +
  'hardware software automation incident rollout migration topology throughput queue buffer kernel ' +
  'measurement experiment graph path model forecast demand growth efficiency power cooling rack server ' +
  'fiber cable wavelength spectrum amplifier transceiver firmware controller orchestration intent policy ' +
  'verification simulation emulation testing canary rollback drain maintenance window alerting dashboard ' +
  'metrics logging tracing sampling anomaly detection threshold baseline regression benchmark profile ' +
  'scheduler allocation placement replica shard partition consistency quorum consensus leader election ' +
  'failover redundancy diversity resilience availability durability security encryption authentication ' +
  'certificate firewall segmentation isolation tenant overlay underlay tunnel encapsulation header payload ' +
  'checksum retransmission window pacing fairness priority classification marking shaping policing ' +
  'telemetry streaming collector exporter pipeline aggregation rollup retention storage compression ' +
  'index query dashboarding visualization histogram percentile tail jitter loss reordering duplication ' +
  'backpressure admission overload shedding brownout degradation hedging retries timeout deadline budget ' +
  'planning procurement lifecycle decommission inventory cabling patching labeling audit compliance ' +
  'postmortem retrospective runbook oncall escalation paging triage mitigation remediation prevention ' +
  'hyperscale backbone-wide multipath multicast anycast unicast broadcast flooding spanning convergence ' +
  'prefix advertisement withdrawal dampening flapping hysteresis stability oscillation feedback loop ' +
  'optimizer solver heuristic linear integer constraint objective tradeoff frontier sensitivity'
).split(' ')
const rareWords = (
  'kaleidoscope zeppelin marmalade origami sasquatch xylograph quokka bricolage palimpsest nautilus ' +
  'gossamer tessellate labyrinth serendipity obsidian fjord monsoon cartography phosphor quicksilver'
).split(' ')
const fillers = 'we saw how a an of to in for with on at by from as our their this that it is was are were and but or so then also'.split(' ')
const weights = vocabulary.map((_, rank) => 1 / (rank + 1))
const totalWeight = weights.reduce((sum, weight) => sum + weight, 0)

function draw(next: () => number): string {
  let at = next() * totalWeight
  for (let rank = 0; rank < vocabulary.length; rank += 1) {
    at -= weights[rank] as number
    if (at <= 0) return vocabulary[rank] as string
  }
  return vocabulary[vocabulary.length - 1] as string
}

const pick = <T>(next: () => number, list: readonly T[]): T => list[Math.floor(next() * list.length)] as T
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

function sentence(next: () => number, extra?: string): string {
  const words: string[] = []
  const length = 9 + Math.floor(next() * 12)
  for (let i = 0; i < length; i += 1) words.push(next() < 0.35 ? pick(next, fillers) : draw(next))
  if (extra) words.splice(Math.floor(next() * words.length), 0, extra)
  return `${capitalise(words.join(' '))}.`
}

function paragraph(next: () => number, extra?: string): string {
  const count = 3 + Math.floor(next() * 4)
  const extraAt = Math.floor(next() * count)
  return Array.from({ length: count }, (_, i) => sentence(next, i === extraAt ? extra : undefined)).join(' ')
}

const firstNames = (
  'Ada Alan Barbara Brian Carla Chen Dana David Elena Emil Fatima Felix Grace Hiro Ines Ivan Jana Jorge Kai Kim ' +
  'Lara Leon Maya Mateo Nadia Noah Olga Omar Priya Paul Quinn Rosa Ravi Sara Sven Tara Theo Uma Victor Wen ' +
  'Xena Yusuf Yara Zane Amara Bjorn Chloe Dmitri Esme Farid'
).split(' ')
const lastNames = (
  'Okafor Lindqvist Moreau Tanaka Novak Silva Haddad Kowalski Nguyen Schmidt Rossi Petrov Mensah Garcia Kim ' +
  'Johansson Dubois Sato Horvat Costa Aziz Nowak Tran Weber Bianchi Ivanova Boateng Lopez Park Eriksson'
).split(' ')

export function seriesData(i: number) {
  return { name: `Bench Series ${i + 1}`, slug: slugOf.series(i), summary: `Synthetic event series ${i + 1} for the benchmarks.` }
}

/** One event a week from 2025-01-06, one day 09:00-18:00 UTC. */
export function eventData(i: number, seriesId: number | string) {
  const day = new Date(Date.UTC(2025, 0, 6 + 7 * i))
  const at = (hour: number) => new Date(day.getTime() + hour * 3_600_000).toISOString()
  return {
    dates: [{ end: at(18), start: at(9) }],
    series: seriesId,
    slug: slugOf.event(i),
    summary: `Synthetic event ${i + 1}: ${sentence(random(1_000_000 + i))}`,
    timezone: 'UTC',
    title: `Bench Event ${pad(i + 1, 2)}`,
  }
}

export function organizationData(i: number) {
  return { name: `Bench Org ${pad(i + 1, 2)}`, slug: slugOf.organization(i) }
}

export function speakerData(i: number, organizationId: number | string) {
  const next = random(2_000_000 + i)
  const name = `${firstNames[i % firstNames.length]} ${lastNames[Math.floor(i / firstNames.length) % lastNames.length]} ${i + 1}`
  return {
    fullBio: paragraph(next),
    jobTitle: capitalise(`${draw(next)} engineer`),
    name,
    organization: organizationId,
    shortBio: sentence(next).slice(0, 400),
    slug: slugOf.speaker(i),
  }
}

/** Talk i is in event i % 50, in one of four tracks, ten 45-minute slots from 09:00. */
export function talkData(i: number, eventIds: Array<number | string>, speakerIds: Array<number | string>) {
  const next = random(3_000_000 + i)
  const eventIndex = i % benchCounts.events
  const inEvent = Math.floor(i / benchCounts.events) // 0..39
  const track = inEvent % 4
  const slot = Math.floor(inEvent / 4)
  const day = Date.UTC(2025, 0, 6 + 7 * eventIndex)
  const startsAt = new Date(day + 9 * 3_600_000 + slot * 50 * 60_000)
  const speakerCount = 1 + Math.floor(next() * 3)
  const speakers = Array.from({ length: speakerCount }, (_, k) => ({
    role: k === 0 ? 'speaker' : pick(next, ['speaker', 'moderator', 'panelist'] as const),
    speaker: speakerIds[(i * 3 + k * 7) % speakerIds.length] as number | string,
  }))
  return {
    endsAt: new Date(startsAt.getTime() + 45 * 60_000).toISOString(),
    event: eventIds[eventIndex] as number | string,
    kind: 'talk' as const,
    room: `Room ${track + 1}`,
    slug: slugOf.talk(i),
    speakers: speakers.filter((entry, k) => speakers.findIndex((other) => other.speaker === entry.speaker) === k),
    startsAt: startsAt.toISOString(),
    title: `${capitalise(draw(next))} ${draw(next)} ${draw(next)}`,
    track: `Track ${String.fromCharCode(65 + track)}`,
  }
}

/** Paragraphs of article i: three to six, with a rare word in about one article in a thousand per word. */
export function articleParagraphs(i: number): string[] {
  const next = random(4_000_000 + i)
  const count = 3 + Math.floor(next() * 4)
  const rare = rareWords.filter((_, k) => (i * 31 + k * 977) % 1000 === 0)
  return Array.from({ length: count }, (_, p) => paragraph(next, rare[p]))
}

/**
 * Article i is in event i % 50; nine in ten are published (one a day per event back from its date);
 * one in five features a session of its event (each session by at most one article).
 */
export function articleData(
  i: number,
  eventIds: Array<number | string>,
  talkIdsByEvent: Array<Array<number | string>>,
  speakerIds: Array<number | string>,
) {
  const next = random(5_000_000 + i)
  const eventIndex = i % benchCounts.events
  const inEvent = Math.floor(i / benchCounts.events) // 0..199
  const sessions = talkIdsByEvent[eventIndex] ?? []
  const featured = inEvent % 5 === 0 ? sessions[inEvent / 5] : undefined
  const published = i % 10 !== 9
  const day = Date.UTC(2025, 0, 6 + 7 * eventIndex)
  const topic = draw(next)
  return {
    _status: published ? ('published' as const) : ('draft' as const),
    authors: [speakerIds[(i * 5) % speakerIds.length] as number | string],
    body: articleParagraphs(i),
    event: eventIds[eventIndex] as number | string,
    excerpt: sentence(next).slice(0, 600),
    featuredSessions: featured === undefined ? [] : [featured],
    publishedAt: published ? new Date(day + (inEvent + 1) * 3_600_000).toISOString() : undefined,
    slug: slugOf.article(i),
    title: `${capitalise(topic)} ${draw(next)}: ${draw(next)} and ${draw(next)} (note ${i + 1})`,
  }
}
