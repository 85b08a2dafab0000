import type { CollectionBeforeChangeHook } from 'payload'

/** The first publish stamps `publishedAt`; later edits and re-publishes keep it. */
export const setPublishedAt: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (data._status !== 'published') return data
  if (data.publishedAt || originalDoc?.publishedAt) return data
  return { ...data, publishedAt: new Date().toISOString() }
}
