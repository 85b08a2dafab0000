import type { ClientUser } from 'payload'

import { userRole } from '../utilities/userRole.ts'

/**
 * For `admin.hidden`: speaker users get a focused admin panel (their profile and their sessions),
 * so every other collection is left out of their navigation and routes. Access rules still decide
 * what they may read or write; this only hides.
 */
export const hiddenFromSpeakers =
  (usersSlug: string) =>
  ({ user }: { user: ClientUser }): boolean =>
    userRole(user as Parameters<typeof userRole>[0], usersSlug) === 'speaker'
