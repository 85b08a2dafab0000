import type { CollectionBeforeOperationHook } from 'payload'

import { ValidationError } from 'payload'
import sharp from 'sharp'

/**
 * Refuses images with more than `maxPixels` pixels before anything decodes them: a small PNG can
 * claim 100,000 × 100,000 pixels and exhaust memory when resized. Reads the header only.
 */
export const limitImagePixels =
  (maxPixels: number): CollectionBeforeOperationHook =>
  async ({ args, collection, operation, req }) => {
    if ((operation !== 'create' && operation !== 'update') || !req.file?.data) return args
    let width = 0
    let height = 0
    try {
      const metadata = await sharp(req.file.data, { limitInputPixels: false }).metadata()
      width = metadata.width ?? 0
      height = metadata.height ?? 0
    } catch {
      // Not an image sharp can read: Payload's own MIME check reports it.
      return args
    }
    if (width * height > maxPixels) {
      throw new ValidationError({
        collection: collection.slug,
        errors: [
          {
            message: `file "${req.file.name}" is ${width} × ${height} pixels; at most ${(maxPixels / 1_000_000).toLocaleString('en-US')} megapixels are accepted`,
            path: 'file',
          },
        ],
      })
    }
    return args
  }
