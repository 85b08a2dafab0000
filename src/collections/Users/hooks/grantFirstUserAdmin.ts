import type { CollectionBeforeChangeHook } from 'payload'

/** The first account of a new site (the admin panel's "create first user") becomes its admin. */
export const grantFirstUserAdmin: CollectionBeforeChangeHook = async ({ collection, data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: collection.slug, req })
  return totalDocs === 0 ? { ...data, role: 'admin' } : data
}
