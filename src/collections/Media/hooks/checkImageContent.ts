import type { CollectionBeforeOperationHook, PayloadRequest, SanitizedConfig } from 'payload'

import { ruleError } from '../../../utilities/ruleError.ts'
import { userRole } from '../../../utilities/userRole.ts'

/** Markup that has no business inside a photo: a browser sniffing the file could run it. */
const hiddenMarkup = /<(?:script|html|body|iframe|object|embed|svg|!doctype\s+html)[\s>/]|<\?php/i

type Sharp = NonNullable<SanitizedConfig['sharp']>
type Metadata = Awaited<ReturnType<ReturnType<Sharp>['metadata']>>

export interface ImageContentRules {
  /** sharp's format names (`jpeg`, `png`, `webp`…) a speaker may upload; editors may upload any image type. */
  speakerFormats: readonly string[]
  maxPixels: number
  usersSlug: string
}

function refuse(req: PayloadRequest, collection: string, message: string): never {
  throw ruleError(collection, [{ message: `file "${req.file?.name ?? ''}" ${message}`, path: 'file' }])
}

const formatName = (format: string) => (format === 'webp' ? 'WebP' : format.toUpperCase())

/** The header only (nothing is decoded); null when sharp cannot read the file as an image. */
async function readHeader(sharp: Sharp, data: Buffer): Promise<Metadata | null> {
  try {
    return await sharp(data, { limitInputPixels: false }).metadata()
  } catch {
    return null
  }
}

/**
 * Looks inside an upload before Payload stores or resizes it:
 * - refuses HTML, script or SVG markup anywhere in the bytes (an image/HTML polyglot passes a
 *   magic-number check but runs as a page if a browser ever sniffs it);
 * - refuses more than `maxPixels` pixels, from the header alone, before anything decodes it: a small
 *   PNG can claim 100,000 × 100,000 pixels and exhaust memory when resized;
 * - limits speakers to `speakerFormats`, read from the content, not the name (a speaker's file that
 *   is no image at all is refused too: a host's media collection may accept any file type).
 * Headers are read with the app's own sharp (`config.sharp`). Without it, only the markup check
 * runs: the pixel limit and the speakers' formats are not checked (and Payload makes no image sizes).
 * Other users' files that are no image are left to the collection's MIME check, which names them.
 */
export const checkImageContent =
  ({ maxPixels, speakerFormats, usersSlug }: ImageContentRules): CollectionBeforeOperationHook =>
  async ({ args, collection, operation, req }) => {
    const data = req.file?.data
    if ((operation !== 'create' && operation !== 'update') || !data) return args
    if (hiddenMarkup.test(data.toString('latin1'))) {
      refuse(req, collection.slug, 'contains HTML, SVG or script markup; upload a plain JPEG, PNG or WebP image')
    }
    const { sharp } = req.payload.config
    if (!sharp) return args
    const metadata = await readHeader(sharp, data)
    const isSpeaker = userRole(req.user, usersSlug) === 'speaker'
    const allowed = speakerFormats.map(formatName).join(', ')
    if (!metadata) {
      if (isSpeaker) refuse(req, collection.slug, `is not an image; speaker photos must be ${allowed}`)
      return args
    }
    const width = metadata.width ?? 0
    const height = metadata.height ?? 0
    if (width * height > maxPixels) {
      const limit = (maxPixels / 1_000_000).toLocaleString('en-US')
      refuse(req, collection.slug, `is ${width} × ${height} pixels; at most ${limit} megapixels are accepted`)
    }
    if (isSpeaker && !speakerFormats.includes(metadata.format)) {
      refuse(req, collection.slug, `is a ${formatName(metadata.format)} image; speaker photos must be ${allowed}`)
    }
    return args
  }
