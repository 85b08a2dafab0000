import type { CollectionConfig } from 'payload'

// The app's own accounts (e-mail and password), as a new Payload app has them.
export const Users: CollectionConfig = {
  slug: 'users',
  admin: { useAsTitle: 'email' },
  auth: true,
  fields: [],
}
