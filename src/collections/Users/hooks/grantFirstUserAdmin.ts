import type { CollectionBeforeChangeHook } from 'payload'

/**
 * The first account registered on a new site (the admin panel's "create first user", REST or
 * GraphQL) becomes its admin. Local API callers (seeds, scripts, tests) set roles themselves.
 */
export const grantFirstUserAdmin: CollectionBeforeChangeHook = async ({ collection, data, operation, req }) => {
  if (operation !== 'create' || req.payloadAPI === 'local') return data
  const { totalDocs } = await req.payload.count({ collection: collection.slug, req })
  return totalDocs === 0 ? { ...data, role: 'admin' } : data
}
