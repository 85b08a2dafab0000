import type { Access } from 'payload'

/**
 * Payload's own default for an operation a collection gives no rule (any signed-in user, of any
 * auth collection); stands in for a host's missing rule where the plugin wraps the host's access.
 */
export const isSignedIn: Access = ({ req }) => Boolean(req.user)
