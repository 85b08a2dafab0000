import type { CollectionSlug } from 'payload'

import { ValidationError } from 'payload'

export interface BrokenRule {
  message: string
  path: string
}

/**
 * A ValidationError (400, `errors[].data.errors` naming each field) whose top-level message is the
 * rule that was broken; Payload's own message only lists field names ("…invalid: startsAt").
 */
export function ruleError(collection: CollectionSlug | string, errors: BrokenRule[]): ValidationError {
  const error = new ValidationError({ collection, errors })
  error.message = errors.map((rule) => rule.message).join('; ')
  return error
}
