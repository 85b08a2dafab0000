import type { Access, Where } from 'payload'

import { userRole } from '../utilities/userRole.ts'

/**
 * For Payload's document locks: editors and admins see and release any lock; any other signed-in
 * user only the locks it holds itself, so the admin's own lock checks keep working for speakers
 * without telling them who edits what or letting them release an editor's lock.
 */
export const isEditorOrLockOwner =
  (usersSlug: string): Access =>
  ({ req }) => {
    const role = userRole(req.user, usersSlug)
    if (role === 'editor' || role === 'admin') return true
    if (!req.user) return false
    const ownLocks: Where[] = [
      { 'user.relationTo': { equals: req.user.collection } },
      { 'user.value': { equals: req.user.id } },
    ]
    return { and: ownLocks }
  }
