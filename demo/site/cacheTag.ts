/**
 * The Next.js cache tag of everything the public site caches (page data and the pages built from it).
 * Payload's change hooks expire it: `revalidateTag(siteCacheTag, { expire: 0 })`.
 */
export const siteCacheTag = 'talk-notes'
