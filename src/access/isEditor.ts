import type { Access, FieldAccess } from 'payload'

import { userRole } from '../utilities/userRole.ts'

/** Whether a user of `usersSlug` is an editor or an admin (admins can do everything editors can). */
export function isEditorUser(user: unknown, usersSlug: string): boolean {
  const role = userRole(user as Parameters<typeof userRole>[0], usersSlug)
  return role === 'editor' || role === 'admin'
}

/** Editors manage content; admins can do everything editors can. */
export const isEditor =
  (usersSlug: string): Access =>
  ({ req }) =>
    isEditorUser(req.user, usersSlug)

export const isEditorField =
  (usersSlug: string): FieldAccess =>
  ({ req }) =>
    isEditorUser(req.user, usersSlug)
