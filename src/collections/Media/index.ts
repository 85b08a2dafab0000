import type { CollectionConfig, Field, ImageSize } from 'payload'

import { flattenTopLevelFields } from 'payload'

import type { SanitizedTalkNotesPluginConfig } from '../../types.ts'

import { anyone } from '../../access/anyone.ts'
import { hiddenFromSpeakers } from '../../access/hiddenFromSpeakers.ts'
import { isAllowedByUnlessSpeaker } from '../../access/isAllowedByUnlessSpeaker.ts'
import { isEditor } from '../../access/isEditor.ts'
import { isEditorOrLinkedSpeaker } from '../../access/isEditorOrLinkedSpeaker.ts'
import { isLinkedSpeakerOrAllowedBy } from '../../access/isLinkedSpeakerOrAllowedBy.ts'
import { isSignedIn } from '../../access/isSignedIn.ts'
import { announceChange, announceDelete } from '../../hooks/announceChange.ts'
import { checkImageContent } from './hooks/checkImageContent.ts'
import { fetchUploadFromUrl } from './hooks/fetchUploadFromUrl.ts'
import { limitUploadSize } from './hooks/limitUploadSize.ts'
import { adminGroups } from '../adminGroups.ts'

export const imageMimeTypes = ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif']
/** What speakers may upload as their photo (sharp's format names). */
export const speakerPhotoFormats = ['jpeg', 'png', 'webp'] as const

/** The sizes the site and the feeds read, by name. */
export const mediaImageSizes: ImageSize[] = [
  // Square avatars: agenda rows and lists, speaker cards, the speaker page (and 2× screens).
  { name: 'avatarSmall', fit: 'cover', height: 96, position: 'centre', width: 96 },
  { name: 'avatar', fit: 'cover', height: 256, position: 'centre', width: 256 },
  { name: 'avatarLarge', fit: 'cover', height: 512, position: 'centre', width: 512 },
  { name: 'card', fit: 'cover', height: 450, width: 800 },
  { name: 'social', fit: 'cover', height: 630, width: 1200 },
]

const altField = (required: boolean): Field => ({
  name: 'alt',
  type: 'text',
  admin: { description: 'Describes the image for people who cannot see it.' },
  required,
})

/** The checks every upload goes through, on our collection and on a host's own alike. */
function uploadChecks(options: SanitizedTalkNotesPluginConfig) {
  return [
    // First, so that a file uploaded by URL goes through the same checks as one sent in the request.
    fetchUploadFromUrl,
    limitUploadSize(options.maxUploadSize),
    checkImageContent({ maxPixels: 40_000_000, speakerFormats: speakerPhotoFormats, usersSlug: options.slugs.users }),
  ]
}

/** Served files are never sniffed into something else, and run nothing if opened directly. */
function serveInertly(headers: Headers): Headers {
  headers.set('X-Content-Type-Options', 'nosniff')
  headers.set('Content-Security-Policy', "default-src 'none'; sandbox")
  return headers
}

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
    admin: {
      defaultColumns: ['filename', 'alt', 'credit', 'updatedAt'],
      group: adminGroups.media,
      hidden: hiddenFromSpeakers(slugs.users),
      listSearchableFields: ['alt', 'filename', 'credit'],
      useAsTitle: 'alt',
    },
    fields: [altField(true), { name: 'credit', type: 'text', admin: { description: 'Who took or owns the image.' } }],
    hooks: {
      afterChange: [announceChange],
      afterDelete: [announceDelete],
      beforeOperation: uploadChecks(options),
    },
    upload: {
      adminThumbnail: 'avatar',
      focalPoint: true,
      imageSizes: mediaImageSizes,
      mimeTypes: imageMimeTypes,
      modifyResponseHeaders: ({ headers }) => serveInertly(headers),
      staticDir: 'media',
    },
  }
}

/**
 * A host app's own upload collection on the `media` slug (Payload's templates have one), extended
 * instead of a second one created; its config is not mutated. The host's fields, access, hooks and
 * upload settings stay; the plugin adds:
 * - its upload checks (upload by URL, size limit, markup, pixels, speakers' formats), before the
 *   host's own `beforeOperation` hooks, and its content-change announcements after the host's hooks;
 * - the image sizes the site reads (`avatarSmall`, `avatar`, `avatarLarge`, `card`, `social`), each
 *   only where the host has no size of that name (a host's size of that name is used as it is);
 * - an `alt` text field where the host has none, optional (the host's rows and upload code have none);
 * - `X-Content-Type-Options` and a sandboxing Content-Security-Policy on served files (the host's
 *   `modifyResponseHeaders` runs after, with the last word);
 * - access for the plugin's speaker accounts only: the host's rule (Payload's default, any signed-in
 *   user, where it has none) stands for everyone else; a speaker linked to a profile may always
 *   upload (its photo), whatever the host's `create` says, and a speaker may never update or delete
 *   media, whatever the host's `update` and `delete` say, so a published photo or an article's image
 *   changes only through the review workflow or an editor. `read` is the host's: the site shows
 *   photos to visitors only if it lets them read.
 */
export function extendMediaCollection(
  existing: CollectionConfig,
  options: SanitizedTalkNotesPluginConfig,
): CollectionConfig {
  const { slugs } = options
  if (!existing.upload) {
    throw new Error(
      `talkNotesPlugin: collection "${existing.slug}" exists but is not an upload collection; ` +
        `give it \`upload\` settings, or rename ours with options.slugs.media`,
    )
  }
  const upload = typeof existing.upload === 'object' ? existing.upload : {}
  const hostSizes = upload.imageSizes ?? []
  const hostSizeNames = new Set(hostSizes.map((size) => size.name))
  const hostHeaders = upload.modifyResponseHeaders
  const hasAlt = flattenTopLevelFields(existing.fields).some((field) => 'name' in field && field.name === 'alt')
  const hooks = existing.hooks ?? {}
  const access = existing.access ?? {}
  return {
    ...existing,
    access: {
      ...access,
      create: isLinkedSpeakerOrAllowedBy(access.create ?? isSignedIn, slugs.users),
      delete: isAllowedByUnlessSpeaker(access.delete ?? isSignedIn, slugs.users),
      update: isAllowedByUnlessSpeaker(access.update ?? isSignedIn, slugs.users),
    },
    admin: {
      ...existing.admin,
      group: existing.admin?.group ?? adminGroups.media,
      hidden: existing.admin?.hidden ?? hiddenFromSpeakers(slugs.users),
    },
    fields: hasAlt ? existing.fields : [...existing.fields, altField(false)],
    hooks: {
      ...hooks,
      afterChange: [...(hooks.afterChange ?? []), announceChange],
      afterDelete: [...(hooks.afterDelete ?? []), announceDelete],
      // Checks first, so that a refused upload runs none of the host's hooks either.
      beforeOperation: [...uploadChecks(options), ...(hooks.beforeOperation ?? [])],
    },
    upload: {
      ...upload,
      adminThumbnail: upload.adminThumbnail ?? 'avatar',
      imageSizes: [...hostSizes, ...mediaImageSizes.filter((size) => !hostSizeNames.has(size.name))],
      modifyResponseHeaders: ({ headers }) => {
        const inert = serveInertly(headers)
        return hostHeaders?.({ headers: inert }) ?? inert
      },
    },
  }
}
