// Payload adds its `payload-locked-documents` collection during config sanitisation, with "any
// signed-in user" access and no option or override to change it, so the rules are set on init.
import type { Payload } from 'payload'

import { isEditor } from '../access/isEditor.ts'
import { isEditorOrLockOwner } from '../access/isEditorOrLockOwner.ts'

export const lockedDocumentsSlug = 'payload-locked-documents'

/**
 * Direct REST/GraphQL access to document locks for editors and admins; others read and release only
 * their own. The admin takes locks with `payload.db` (no access check), so editing keeps locking.
 */
export function restrictLockedDocuments(payload: Payload, usersSlug: string): void {
  const collection = payload.collections[lockedDocumentsSlug]
  if (!collection) return
  collection.config.access = {
    ...collection.config.access,
    create: isEditor(usersSlug),
    delete: isEditorOrLockOwner(usersSlug),
    read: isEditorOrLockOwner(usersSlug),
    update: isEditor(usersSlug),
  }
}
