// The public site's loaders as the routes call them, with one Payload instance of the demo config.
// Static pages are what Next caches: every render is tagged with `siteCacheTag`, which the content-change
// hook expires (revalidateTag(siteCacheTag, { expire: 0 })), and a regeneration reads the database.
// The notes search shares a per-process memo that is dropped whenever public
// content changes (contentGeneration: in-process bumps and other processes' NOTIFY). Page data never goes
// to Next's persistent data cache, which would outlive the database (and the site URL) it was read from.
import config from '@payload-config'
import { unstable_cache } from 'next/cache'
import { getPayload, type Payload } from 'payload'
import { cache } from 'react'

import { loadArticlePage, loadEventPage, loadHome, loadNotesIndex, loadSitemapEntries, loadSpeakerPage, type NotesQuery } from 'talk-notes/site'

import { contentGeneration } from 'talk-notes'
import { siteCacheTag } from './cacheTag'

export function getSitePayload(): Promise<Payload> {
  return getPayload({ config })
}

// Caches a constant: calling it only adds the tag to the page being rendered (Next collects the tags of
// unstable_cache calls into the page's cache entry), so expiring the tag expires the page.
const tagRender = unstable_cache(async () => true, ['talk-notes-site-render'], { revalidate: false, tags: [siteCacheTag] })

/** Once per render (generateMetadata and the page share one load), and the render is tagged. */
function perRender<Args extends unknown[], Result>(load: (payload: Payload, ...args: Args) => Promise<Result>) {
  return cache(async (...args: Args) => {
    await tagRender()
    return load(await getSitePayload(), ...args)
  })
}

const memoLimit = 500

/** Kept until content changes; a load that overlapped a change is not kept. */
function untilContentChanges<Args extends unknown[], Result>(load: (payload: Payload, ...args: Args) => Promise<Result>) {
  const entries = new Map<string, { generation: number; value: Promise<Result> }>()
  return async (...args: Args): Promise<Result> => {
    const payload = await getSitePayload()
    const key = JSON.stringify(args)
    const generation = contentGeneration(payload)
    const hit = entries.get(key)
    if (hit && hit.generation === generation) return hit.value
    const value = load(payload, ...args)
    if (entries.size >= memoLimit) entries.delete(entries.keys().next().value as string)
    entries.set(key, { generation, value })
    value.then(
      () => {
        if (contentGeneration(payload) !== generation) entries.delete(key)
      },
      () => entries.delete(key),
    )
    return value
  }
}

export const getEventPage = perRender(loadEventPage)
export const getArticlePage = perRender(loadArticlePage)
export const getSpeakerPage = perRender(loadSpeakerPage)
export const getHome = perRender(loadHome)
export const getSitemapEntries = perRender(loadSitemapEntries)

export const getNotesIndex = untilContentChanges((payload, query: NotesQuery) => loadNotesIndex(payload, query))

// At most this many pages of each kind are prerendered by a build, newest first: a build of a real
// archive (10,000 notes) would otherwise render every one. The others render on their first
// request and are cached from then on, like any page after a content change.
const prerenderedPerCollection = 200
const newestFirst = { articles: '-publishedAt', events: '-startsAt', speakers: '-updatedAt' } as const

/** Slugs for generateStaticParams: pages known at build time are prerendered, others render on first visit. */
export async function getStaticSlugs(collection: 'articles' | 'events' | 'speakers'): Promise<Array<{ slug: string }>> {
  try {
    const payload = await getSitePayload()
    const { docs } = await payload.find({
      collection,
      depth: 0,
      limit: prerenderedPerCollection,
      overrideAccess: false,
      pagination: false,
      select: { slug: true },
      sort: newestFirst[collection],
      ...(collection === 'articles' ? { draft: false, where: { _status: { equals: 'published' } } } : {}),
    })
    return docs.flatMap((doc) => (doc.slug ? [{ slug: doc.slug }] : []))
  } catch (error) {
    // A build without a reachable database still succeeds; the pages then render on first request.
    console.warn(`talk-notes site: no ${collection} to prerender (${error instanceof Error ? error.message : String(error)})`)
    return []
  }
}
