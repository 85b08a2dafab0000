import type { Access, FieldAccess } from 'payload'

import { userRole } from '../utilities/userRole.ts'

/** Editors manage content; admins can do everything editors can. */
export const isEditor =
  (usersSlug: string): Access =>
  ({ req }) => {
    const role = userRole(req.user, usersSlug)
    return role === 'editor' || role === 'admin'
  }

export const isEditorField =
  (usersSlug: string): FieldAccess =>
  ({ req }) => {
    const role = userRole(req.user, usersSlug)
    return role === 'editor' || role === 'admin'
  }
