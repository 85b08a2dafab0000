import type { CollectionBeforeOperationHook } from 'payload'

import { submittedFieldsContext } from '../review.ts'

/**
 * Payload fills unsent fields with their stored values before the change hooks run, so a PATCH of
 * `{ jobTitle }` would look like a request to put every published value back over pending text.
 * The keys actually sent are remembered here for `routeProfileChanges`.
 */
export const rememberSubmittedFields: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'update') return args
  const data = (args as { data?: unknown }).data
  req.context[submittedFieldsContext] = new Set(data && typeof data === 'object' ? Object.keys(data) : [])
  return args
}
