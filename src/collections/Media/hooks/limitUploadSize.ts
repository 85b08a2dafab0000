import type { CollectionBeforeOperationHook } from 'payload'

import { ruleError } from '../../../utilities/ruleError.ts'

/** Refuses files above `maxBytes` before Payload stores or resizes them. */
export const limitUploadSize =
  (maxBytes: number): CollectionBeforeOperationHook =>
  ({ args, collection, operation, req }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const size = req.file?.size
    if (typeof size === 'number' && size > maxBytes) {
      const mb = (maxBytes / 1_000_000).toLocaleString('en-US', { maximumFractionDigits: 1 })
      throw ruleError(collection.slug, [{ message: `file "${req.file?.name ?? ''}" is larger than ${mb} MB`, path: 'file' }])
    }
    return args
  }
