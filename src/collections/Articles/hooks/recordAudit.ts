import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionSlug, PayloadRequest } from 'payload'

import { publicChange } from './publicState.ts'

interface AuditSlugs {
  auditLog: CollectionSlug
  users: CollectionSlug
}

async function writeEntry(
  req: PayloadRequest,
  slugs: AuditSlugs,
  entry: { action: string; collectionSlug: string; details?: unknown; documentId: number | string; documentTitle?: string; summary: string },
) {
  // The entry's `user` relates to the plugin's users collection, which need not be the admin's.
  const user = req.user && req.user.collection === slugs.users ? req.user.id : undefined
  await req.payload.create({
    collection: slugs.auditLog,
    data: { ...entry, documentId: String(entry.documentId), user } as never,
    depth: 0,
    req,
  })
}

/** Records publish, unpublish, updates while published and featured-session changes, in the write's transaction. */
export const recordAudit =
  (slugs: AuditSlugs): CollectionAfterChangeHook =>
  async ({ collection, doc, req }) => {
    const { after, before, transition } = await publicChange({ collection: collection.slug, id: doc.id, req })
    const base = { collectionSlug: collection.slug, documentId: doc.id, documentTitle: doc.title as string }
    if (transition === 'published' || transition === 'unpublished' || transition === 'updated') {
      await writeEntry(req, slugs, { ...base, action: transition, summary: `${transition}: ${String(doc.title)}` })
    }
    const added = after.featuredSessions.filter((id) => !before.featuredSessions.includes(id))
    const removed = before.featuredSessions.filter((id) => !after.featuredSessions.includes(id))
    if (added.length || removed.length) {
      await writeEntry(req, slugs, {
        ...base,
        action: 'featured-changed',
        details: { added, removed },
        summary: `featured sessions changed: ${String(doc.title)}`,
      })
    }
    return doc
  }

export const recordDeleteAudit =
  (slugs: AuditSlugs): CollectionAfterDeleteHook =>
  async ({ collection, doc, req }) => {
    await writeEntry(req, slugs, {
      action: 'deleted',
      collectionSlug: collection.slug,
      details: { featuredSessions: doc.featuredSessions ?? [] },
      documentId: doc.id,
      documentTitle: doc.title,
      summary: `deleted: ${String(doc.title)}`,
    })
    return doc
  }
