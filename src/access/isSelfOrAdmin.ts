import type { Access } from 'payload'

import { userRole } from '../utilities/userRole.ts'

/** Admins: every user; any other signed-in user of the users collection: itself only. */
export const isSelfOrAdmin =
  (usersSlug: string): Access =>
  ({ req }) => {
    const role = userRole(req.user, usersSlug)
    if (role === 'admin') return true
    if (role === null || !req.user) return false
    return { id: { equals: req.user.id } }
  }
