import type { PayloadRequest } from 'payload'

import type { UserRole } from '../types.ts'

type RequestUser = PayloadRequest['user']

/**
 * The talk-notes role of the signed-in user, or null for visitors and for users of any other
 * auth collection: ids of two auth collections can collide, so the collection is checked first.
 */
export function userRole(user: RequestUser | undefined, usersSlug: string): null | UserRole {
  if (!user || user.collection !== usersSlug) return null
  const role = (user as { role?: unknown }).role
  return role === 'admin' || role === 'editor' || role === 'speaker' ? role : null
}

/** The speaker profile id a speaker user is linked to, or null. */
export function linkedSpeakerId(user: RequestUser | undefined, usersSlug: string): null | number | string {
  if (userRole(user, usersSlug) !== 'speaker') return null
  const speaker = (user as { speaker?: unknown }).speaker
  if (typeof speaker === 'number' || typeof speaker === 'string') return speaker
  if (speaker && typeof speaker === 'object' && 'id' in speaker) {
    const id = (speaker as { id: unknown }).id
    if (typeof id === 'number' || typeof id === 'string') return id
  }
  return null
}
