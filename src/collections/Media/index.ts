import type { CollectionConfig } from 'payload'

import type { SanitizedTalkNotesPluginConfig } from '../../types.ts'

import { anyone } from '../../access/anyone.ts'
import { isEditor } from '../../access/isEditor.ts'
import { isEditorOrLinkedSpeaker } from '../../access/isEditorOrLinkedSpeaker.ts'
import { hiddenFromSpeakers } from '../../access/hiddenFromSpeakers.ts'
import { announceChange, announceDelete } from '../../hooks/announceChange.ts'
import { checkImageContent } from './hooks/checkImageContent.ts'
import { fetchUploadFromUrl } from './hooks/fetchUploadFromUrl.ts'
import { limitUploadSize } from './hooks/limitUploadSize.ts'

export const imageMimeTypes = ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif']
/** What speakers may upload as their photo (sharp's format names). */
export const speakerPhotoFormats = ['jpeg', 'png', 'webp'] as const

/**
 * Images only (type checked from the content, not the name; speakers JPEG, PNG and WebP), at most
 * `maxUploadSize` bytes and 40 megapixels, no markup hidden inside, resized by sharp for avatars,
 * cards and social images.
 */
export function createMediaCollection(options: SanitizedTalkNotesPluginConfig): CollectionConfig {
  const { slugs } = options
  return {
    slug: slugs.media,
    access: {
      // Speakers upload their own photo (they propose it on their profile; an editor accepts it).
      create: isEditorOrLinkedSpeaker(slugs.users),
      delete: isEditor(slugs.users),
      read: anyone,
      update: isEditor(slugs.users),
    },
    // Hidden from speakers' navigation; the photo field's upload drawer still works for them.
    admin: { group: 'Content', hidden: hiddenFromSpeakers(slugs.users), useAsTitle: 'alt' },
    fields: [
      {
        name: 'alt',
        type: 'text',
        admin: { description: 'Describes the image for people who cannot see it.' },
        required: true,
      },
      { name: 'credit', type: 'text' },
    ],
    hooks: {
      afterChange: [announceChange],
      afterDelete: [announceDelete],
      beforeOperation: [
        // First, so that a file uploaded by URL goes through the same checks as one sent in the request.
        fetchUploadFromUrl,
        limitUploadSize(options.maxUploadSize),
        checkImageContent({ maxPixels: 40_000_000, speakerFormats: speakerPhotoFormats, usersSlug: slugs.users }),
      ],
    },
    upload: {
      adminThumbnail: 'avatar',
      focalPoint: true,
      imageSizes: [
        // Square avatars: agenda rows and lists, speaker cards, the speaker page (and 2× screens).
        { name: 'avatarSmall', fit: 'cover', height: 96, position: 'centre', width: 96 },
        { name: 'avatar', fit: 'cover', height: 256, position: 'centre', width: 256 },
        { name: 'avatarLarge', fit: 'cover', height: 512, position: 'centre', width: 512 },
        { name: 'card', fit: 'cover', height: 450, width: 800 },
        { name: 'social', fit: 'cover', height: 630, width: 1200 },
      ],
      mimeTypes: imageMimeTypes,
      // Served files are never sniffed into something else, and run nothing if opened directly.
      modifyResponseHeaders: ({ headers }) => {
        headers.set('X-Content-Type-Options', 'nosniff')
        headers.set('Content-Security-Policy', "default-src 'none'; sandbox")
        return headers
      },
      staticDir: 'media',
    },
  }
}
