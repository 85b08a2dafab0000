import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import sharp, { type Metadata } from 'sharp'

import { ruleError } from '../../../utilities/ruleError.ts'
import { userRole } from '../../../utilities/userRole.ts'

/** Markup that has no business inside a photo: a browser sniffing the file could run it. */
const hiddenMarkup = /<(?:script|html|body|iframe|object|embed|svg|!doctype\s+html)[\s>/]|<\?php/i

export interface ImageContentRules {
  /** sharp's format names (`jpeg`, `png`, `webp`…) a speaker may upload; editors may upload any image type. */
  speakerFormats: readonly string[]
  maxPixels: number
  usersSlug: string
}

function refuse(req: PayloadRequest, collection: string, message: string): never {
  throw ruleError(collection, [{ message: `file "${req.file?.name ?? ''}" ${message}`, path: 'file' }])
}

/**
 * Looks inside an upload before Payload stores or resizes it:
 * - refuses HTML, script or SVG markup anywhere in the bytes (an image/HTML polyglot passes a
 *   magic-number check but runs as a page if a browser ever sniffs it);
 * - refuses more than `maxPixels` pixels, from the header alone, before anything decodes it: a small
 *   PNG can claim 100,000 × 100,000 pixels and exhaust memory when resized;
 * - limits speakers to `speakerFormats`, read from the content, not the name.
 * Files that are no image at all are left to Payload's own MIME check, which names them.
 */
export const checkImageContent =
  ({ maxPixels, speakerFormats, usersSlug }: ImageContentRules): CollectionBeforeOperationHook =>
  async ({ args, collection, operation, req }) => {
    const data = req.file?.data
    if ((operation !== 'create' && operation !== 'update') || !data) return args
    if (hiddenMarkup.test(data.toString('latin1'))) {
      refuse(req, collection.slug, 'contains HTML, SVG or script markup; upload a plain JPEG, PNG or WebP image')
    }
    let metadata: Metadata
    try {
      metadata = await sharp(data, { limitInputPixels: false }).metadata()
    } catch {
      return args
    }
    const width = metadata.width ?? 0
    const height = metadata.height ?? 0
    if (width * height > maxPixels) {
      const limit = (maxPixels / 1_000_000).toLocaleString('en-US')
      refuse(req, collection.slug, `is ${width} × ${height} pixels; at most ${limit} megapixels are accepted`)
    }
    if (userRole(req.user, usersSlug) === 'speaker' && !speakerFormats.includes(metadata.format)) {
      const allowed = speakerFormats.map((format) => (format === 'webp' ? 'WebP' : format.toUpperCase())).join(', ')
      refuse(req, collection.slug, `is a ${metadata.format.toUpperCase()} image; speaker photos must be ${allowed}`)
    }
    return args
  }
