import type { CollectionBeforeChangeHook, CollectionSlug } from 'payload'

import { ValidationError } from 'payload'

type Id = number | string
type Ref = { id: Id } | Id

const idOf = (ref: Ref): number | string => (ref !== null && typeof ref === 'object' ? ref.id : ref)

const sameIds = (left: Array<number | string>, right: Array<number | string>) =>
  left.length === right.length && left.map(String).sort().join() === right.map(String).sort().join()

/** The event, as an id, of an article's data; null when it has none. */
function eventIdOf(doc: Record<string, unknown> | undefined): null | number | string {
  const ref = doc?.event as null | Ref | undefined
  return ref === null || ref === undefined ? null : idOf(ref)
}

/**
 * A featured session must belong to the article's event: anything else would put the note under
 * another conference's agenda. The error names the session. Also fills `series` from the event.
 * A write that keeps the article's event and sessions (most autosaves) was checked when they were
 * chosen and reads nothing.
 */
export const checkFeaturedSessions =
  ({ eventsSlug, talksSlug }: { eventsSlug: CollectionSlug; talksSlug: CollectionSlug }): CollectionBeforeChangeHook =>
  async ({ collection, data, originalDoc, req }) => {
    const merged = { ...originalDoc, ...data }
    // The shape (a list of ids) is checkValueShapes' to refuse, before any beforeChange hook runs.
    const sessions = ((merged.featuredSessions ?? []) as Ref[]).map(idOf)
    const eventId = eventIdOf(merged)
    const unchanged =
      originalDoc !== undefined &&
      String(eventIdOf(originalDoc)) === String(eventId) &&
      sameIds(((originalDoc.featuredSessions ?? []) as Ref[]).map(idOf), sessions)

    if (sessions.length > 0 && !unchanged) {
      const { docs } = await req.payload.find({
        collection: talksSlug,
        depth: 0,
        limit: sessions.length,
        pagination: false,
        req,
        select: { event: true, title: true },
        where: { id: { in: sessions } },
      })
      for (const id of sessions) {
        const session = (docs as unknown as Array<{ event: Ref; id: Id; title?: string }>).find((doc) => String(doc.id) === String(id))
        if (!session) {
          throw new ValidationError({
            collection: collection.slug,
            errors: [{ message: `featured session ${String(id)} does not exist`, path: 'featuredSessions' }],
          })
        }
        const sessionEvent = session.event as Ref
        if (eventId === null || String(idOf(sessionEvent)) !== String(eventId)) {
          throw new ValidationError({
            collection: collection.slug,
            errors: [
              {
                message: `featured session "${String(session.title)}" (${String(id)}) does not belong to the article's event`,
                path: 'featuredSessions',
              },
            ],
          })
        }
      }
    }

    if (eventId !== null && !merged.series) {
      const event = (await req.payload.findByID({
        collection: eventsSlug,
        depth: 0,
        disableErrors: true,
        id: eventId,
        req,
        select: { series: true },
      })) as unknown as { series?: Ref } | null
      if (event?.series) return { ...data, series: event.series }
    }
    return data
  }
