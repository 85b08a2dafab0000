import type { Access } from 'payload'

import { linkedSpeakerId, userRole } from '../utilities/userRole.ts'

/**
 * Editors and admins, and speaker users linked to a profile: who may upload an image. Speakers
 * upload only to propose a photo for their own profile; they cannot change or delete any media.
 */
export const isEditorOrLinkedSpeaker =
  (usersSlug: string): Access =>
  ({ req }) => {
    const role = userRole(req.user, usersSlug)
    if (role === 'editor' || role === 'admin') return true
    return linkedSpeakerId(req.user, usersSlug) !== null
  }
