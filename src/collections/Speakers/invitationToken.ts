// Invitation links carry a random token; only its SHA-256 is stored, so a database leak reveals
// no usable link.
import { createHash, randomBytes } from 'node:crypto'

export function createInvitationToken(): { hash: string; token: string } {
  const token = randomBytes(32).toString('base64url')
  return { hash: hashInvitationToken(token), token }
}

export function hashInvitationToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex')
}

/** Tokens as issued: 43 base64url characters; anything else is refused before any lookup. */
export function isWellFormedToken(token: unknown): token is string {
  return typeof token === 'string' && /^[A-Za-z0-9_-]{43}$/.test(token)
}
