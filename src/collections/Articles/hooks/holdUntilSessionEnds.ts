// Embargo "until its session ends": publishing such an article before the last of its featured
// sessions has ended saves it as a draft and schedules the publish for that moment instead.
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionSlug, PayloadRequest } from 'payload'

import { ValidationError } from 'payload'

const contextKey = 'talkNotesEmbargoUntil'

type Ref = { id: number | string } | number | string
const idOf = (ref: Ref) => (typeof ref === 'object' ? ref.id : ref)

export const holdUntilSessionEnds =
  (talksSlug: CollectionSlug): CollectionBeforeChangeHook =>
  async ({ collection, data, originalDoc, req }) => {
    const merged = { ...originalDoc, ...data }
    if (data._status !== 'published' || merged.embargo !== 'session-end') return data
    const sessions = ((merged.featuredSessions ?? []) as Ref[]).map(idOf)
    if (sessions.length === 0) {
      throw new ValidationError({
        collection: collection.slug,
        errors: [{ message: 'embargo: "until its session ends" needs a featured session', path: 'embargo' }],
      })
    }
    const { docs } = await req.payload.find({
      collection: talksSlug,
      depth: 0,
      pagination: false,
      req,
      select: { endsAt: true },
      where: { id: { in: sessions } },
    })
    const end = Math.max(...docs.map((doc) => new Date((doc as { endsAt: string }).endsAt).getTime()))
    if (!(end > Date.now())) return data
    // req.context, not the hook's `context` argument: a Local API call made with `req` (the find
    // above) may replace req.context with a copy, leaving the argument stale for later hooks.
    req.context[contextKey] = new Date(end).toISOString()
    return { ...data, _status: 'draft' }
  }

async function cancelPendingPublishes(req: PayloadRequest, collection: string, id: number | string) {
  const { docs } = await req.payload.find({
    collection: 'payload-jobs',
    depth: 0,
    pagination: false,
    req,
    where: { and: [{ taskSlug: { equals: 'schedulePublish' } }, { completedAt: { exists: false } }] },
  })
  const mine = docs.filter((job) => {
    const doc = (job.input as { doc?: { relationTo?: string; value?: unknown } } | undefined)?.doc
    return doc?.relationTo === collection && String(doc.value) === String(id)
  })
  if (mine.length) {
    await req.payload.delete({ collection: 'payload-jobs', req, where: { id: { in: mine.map((job) => job.id) } } })
  }
}

export const scheduleEmbargoRelease =
  ({ auditSlug, usersSlug }: { auditSlug: CollectionSlug; usersSlug: string }): CollectionAfterChangeHook =>
  async ({ collection, doc, req }) => {
    const until = req.context[contextKey] as string | undefined
    if (!until) return doc
    await cancelPendingPublishes(req, collection.slug, doc.id)
    const user = req.user?.collection === usersSlug ? { relationTo: usersSlug, value: req.user.id } : undefined
    await req.payload.jobs.queue({
      input: { doc: { relationTo: collection.slug, value: String(doc.id) }, type: 'publish', user } as never,
      req,
      task: 'schedulePublish' as never,
      waitUntil: new Date(until),
    })
    await req.payload.create({
      collection: auditSlug,
      data: {
        action: 'scheduled',
        collectionSlug: collection.slug,
        details: { publishAt: until, reason: 'embargo until its session ends' },
        documentId: String(doc.id),
        documentTitle: doc.title,
        summary: `publish scheduled for ${until}: ${String(doc.title)}`,
        user: user?.value,
      } as never,
      depth: 0,
      req,
    })
    return doc
  }
