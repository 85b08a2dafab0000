import type { Access, FieldAccess } from 'payload'

import { linkedSpeakerId, userRole } from '../utilities/userRole.ts'

/** Editors and admins: any speaker profile; a speaker user: only the profile it is linked to. */
export const isSelfSpeakerOrEditor =
  (usersSlug: string): Access =>
  ({ req }) => {
    const role = userRole(req.user, usersSlug)
    if (role === 'editor' || role === 'admin') return true
    const speakerId = linkedSpeakerId(req.user, usersSlug)
    return speakerId === null ? false : { id: { equals: speakerId } }
  }

/**
 * Field-level form: editors and admins, and the speaker user linked to the document being read or
 * written. For the review state, pending text and review log of a profile.
 */
export const isSelfSpeakerOrEditorField =
  (usersSlug: string): FieldAccess =>
  ({ doc, id, req }) => {
    const role = userRole(req.user, usersSlug)
    if (role === 'editor' || role === 'admin') return true
    const speakerId = linkedSpeakerId(req.user, usersSlug)
    const documentId = id ?? (doc as { id?: unknown } | undefined)?.id
    return speakerId !== null && documentId !== undefined && documentId !== null && String(documentId) === String(speakerId)
  }
