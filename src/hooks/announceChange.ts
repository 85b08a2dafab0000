import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { announceContentChange } from '../content/contentChanges.ts'

/**
 * Tells feed and page caches that public content changed. A draft saved over a draft changes
 * nothing the public sees; draft over published may be an unpublish, so it counts.
 */
export const announceChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const status = (doc as { _status?: string })._status
  const previousStatus = (previousDoc as { _status?: string } | undefined)?._status
  if (status === 'draft' && previousStatus !== 'published') return doc
  await announceContentChange(req)
  return doc
}

export const announceDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await announceContentChange(req)
  return doc
}
