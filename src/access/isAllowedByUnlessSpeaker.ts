import type { Access } from 'payload'

import { userRole } from '../utilities/userRole.ts'

/**
 * The host's rule, narrowed for one case: never a speaker user. A host's rule like "any signed-in
 * user" predates the plugin's speaker accounts; on media it would let a speaker replace or delete
 * the published photo of another profile or an article's image, past the review workflow.
 */
export const isAllowedByUnlessSpeaker =
  (host: Access, usersSlug: string): Access =>
  (args) =>
    userRole(args.req.user, usersSlug) === 'speaker' ? false : host(args)
