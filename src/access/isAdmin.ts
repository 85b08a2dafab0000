import type { Access, FieldAccess } from 'payload'

import { userRole } from '../utilities/userRole.ts'

export const isAdmin =
  (usersSlug: string): Access =>
  ({ req }) =>
    userRole(req.user, usersSlug) === 'admin'

export const isAdminField =
  (usersSlug: string): FieldAccess =>
  ({ req }) =>
    userRole(req.user, usersSlug) === 'admin'
