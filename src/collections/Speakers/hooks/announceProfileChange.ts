import type { CollectionAfterChangeHook } from 'payload'

import { announceContentChange } from '../../../content/contentChanges.ts'
import { pickProfile, sameProfile } from '../profile.ts'

/**
 * Feeds and pages are rebuilt when what visitors see of a speaker changes: a new profile, its slug
 * or its published fields. Proposals, pending drafts and review steps change none of that.
 */
export const announceProfileChange: CollectionAfterChangeHook = async ({ doc, operation, previousDoc, req }) => {
  const seen = operation === 'update' && previousDoc
  if (seen && doc.slug === previousDoc.slug && sameProfile(pickProfile(doc), pickProfile(previousDoc))) return doc
  await announceContentChange(req)
  return doc
}
