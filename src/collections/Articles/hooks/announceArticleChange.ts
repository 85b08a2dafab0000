import type { CollectionAfterChangeHook } from 'payload'

import { announceContentChange } from '../../../content/contentChanges.ts'
import { publicChange } from './publicState.ts'

/** Feeds and pages are rebuilt when an article's public side changes, not for draft saves. */
export const announceArticleChange: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  const { transition } = await publicChange({ collection: collection.slug, id: doc.id, req })
  if (transition !== 'draft-only') await announceContentChange(req)
  return doc
}
