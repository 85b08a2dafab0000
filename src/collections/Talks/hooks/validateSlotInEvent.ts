import type { CollectionBeforeChangeHook, CollectionSlug } from 'payload'

import { ruleError } from '../../../utilities/ruleError.ts'
import { checkSlot } from '../../../utilities/validators.ts'

const instant = (value: unknown) => (value ? new Date(value as string).getTime() : null)
const idOf = (value: unknown) => (typeof value === 'object' && value !== null ? (value as { id: unknown }).id : value)

/**
 * A session must start before it ends and lie within one of its event's dates. Runs after field
 * validation, inside the write's transaction (`req`), so it sees the event as this request does.
 * Checked when the slot or the event changes: a session an imported schedule put outside the
 * event's dates (a warning of the import) can still have its title or speakers edited.
 */
export const validateSlotInEvent =
  (eventsSlug: CollectionSlug): CollectionBeforeChangeHook =>
  async ({ collection, data, originalDoc, req }) => {
    const merged = { ...originalDoc, ...data }
    if (
      originalDoc &&
      instant(merged.startsAt) === instant(originalDoc.startsAt) &&
      instant(merged.endsAt) === instant(originalDoc.endsAt) &&
      String(idOf(merged.event)) === String(idOf(originalDoc.event))
    ) {
      return data
    }
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
