import type { Access } from 'payload'

import { linkedSpeakerId, userRole } from '../utilities/userRole'

/** Editors and admins: any speaker profile; a speaker user: only the profile it is linked to. */
export const isSelfSpeakerOrEditor =
  (usersSlug: string): Access =>
  ({ req }) => {
    const role = userRole(req.user, usersSlug)
    if (role === 'editor' || role === 'admin') return true
    const speakerId = linkedSpeakerId(req.user, usersSlug)
    return speakerId === null ? false : { id: { equals: speakerId } }
  }
