import type { Access } from 'payload'

import { userRole } from '../utilities/userRole.ts'

/**
 * Editors and admins read every version; everyone else only published documents. The constraint
 * is on `_status` itself: `draft: false` on a query is not an access filter.
 */
export const publishedOrEditor =
  (usersSlug: string): Access =>
  ({ req }) => {
    const role = userRole(req.user, usersSlug)
    if (role === 'editor' || role === 'admin') return true
    return { _status: { equals: 'published' } }
  }
