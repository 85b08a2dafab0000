import type { Access } from 'payload'

import { userRole } from '../utilities/userRole.ts'

/**
 * The host's rule, narrowed for speaker users to their own account. A host's users collection
 * written before the plugin (Payload's default, any signed-in user) would otherwise show a speaker,
 * an outside person, every editor's account, and let it change them.
 */
export const isAllowedByOnlySelfForSpeakers =
  (host: Access, usersSlug: string): Access =>
  async (args) => {
    const allowed = await host(args)
    const user = args.req.user
    if (!user || userRole(user, usersSlug) !== 'speaker' || allowed === false) return allowed
    const self = { id: { equals: user.id } }
    return allowed === true ? self : { and: [allowed, self] }
  }
