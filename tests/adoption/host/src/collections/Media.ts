import type { CollectionConfig } from 'payload'

// The app's own uploads, with the alt text a new Payload app asks for.
export const Media: CollectionConfig = {
  slug: 'media',
  access: { read: () => true },
  fields: [{ name: 'alt', type: 'text', required: true }],
  upload: true,
}
