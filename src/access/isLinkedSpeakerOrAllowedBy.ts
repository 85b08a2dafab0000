import type { Access } from 'payload'

import { linkedSpeakerId } from '../utilities/userRole.ts'

/**
 * The host's rule, widened for one case: a speaker user linked to a profile may always do it (on a
 * host's media collection: upload the photo it proposes for its profile). Nobody else gains anything.
 */
export const isLinkedSpeakerOrAllowedBy =
  (host: Access, usersSlug: string): Access =>
  (args) =>
    linkedSpeakerId(args.req.user, usersSlug) !== null ? true : host(args)
