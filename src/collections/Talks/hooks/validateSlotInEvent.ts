import type { CollectionBeforeChangeHook, CollectionSlug } from 'payload'

import { ruleError } from '../../../utilities/ruleError.ts'
import { checkSlot } from '../../../utilities/validators.ts'

/**
 * A session must start before it ends and lie within one of its event's dates. Runs after field
 * validation, inside the write's transaction (`req`), so it sees the event as this request does.
 */
export const validateSlotInEvent =
  (eventsSlug: CollectionSlug): CollectionBeforeChangeHook =>
  async ({ collection, data, originalDoc, req }) => {
    const merged = { ...originalDoc, ...data }
    const eventRef = merged.event as { id: number | string } | null | number | string | undefined
    const eventId = typeof eventRef === 'object' && eventRef !== null ? eventRef.id : eventRef
    if (eventId === undefined || eventId === null) return data
    const event = (await req.payload.findByID({
      collection: eventsSlug,
      depth: 0,
      disableErrors: true,
      id: eventId,
      req,
    })) as unknown as { dates?: Array<{ end: string; start: string }>; title?: string } | null
    if (!event) {
      throw ruleError(collection.slug, [{ message: `event ${String(eventId)} does not exist`, path: 'event' }])
    }
    const dates = event.dates ?? []
    const problem = checkSlot(merged, dates, `"${String(event.title)}"`)
    if (problem) {
      throw ruleError(collection.slug, [problem])
    }
    return data
  }
