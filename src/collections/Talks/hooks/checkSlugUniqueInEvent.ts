import type { CollectionBeforeChangeHook, CollectionSlug } from 'payload'

import { ruleError } from '../../../utilities/ruleError.ts'

type Ref = { id: number | string } | null | number | string | undefined

function idOf(ref: Ref): null | number | string {
  if (ref === undefined || ref === null) return null
  return typeof ref === 'object' ? ref.id : ref
}

/**
 * A session's slug is unique within its event (a compound index the database also enforces). Checked
 * here first so the answer names the slug field in words, not the index's columns ("event_id, slug").
 */
export const checkSlugUniqueInEvent: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data }
  const eventId = idOf(merged.event as Ref)
  const slug = merged.slug
  if (eventId === null || typeof slug !== 'string' || slug === '') return data
  const clash = await req.payload.count({
    collection: collection.slug as CollectionSlug,
    req,
    where: {
      and: [
        { event: { equals: eventId } },
        { slug: { equals: slug } },
        ...(originalDoc?.id === undefined ? [] : [{ id: { not_equals: originalDoc.id } }]),
      ],
    },
  })
  if (clash.totalDocs > 0) {
    throw ruleError(collection.slug, [
      { message: `A session with the slug "${slug}" already exists in this event`, path: 'slug' },
    ])
  }
  return data
}
