import type { ClientUser } from 'payload'

import { userRole } from '../utilities/userRole.ts'

/**
 * For `admin.hidden` on collections whose list is the admins' only: other users read just their
 * own document there (their account, on the admin's account page), so the list is left out of
 * their navigation. Access rules still decide what they may read or write; this only hides.
 */
export const hiddenUnlessAdmin =
  (usersSlug: string) =>
  ({ user }: { user: ClientUser }): boolean =>
    userRole(user as Parameters<typeof userRole>[0], usersSlug) !== 'admin'
