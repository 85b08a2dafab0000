import type { CollectionBeforeChangeHook } from 'payload'

/** What a calendar shows of a session: when one of these changes, its copy must be replaced. */
export const scheduledFields = ['startsAt', 'endsAt', 'room', 'status'] as const

const instantOf = (value: unknown) => (typeof value === 'string' || value instanceof Date ? new Date(value).getTime() : value)

/**
 * Raises `sequence` (iCalendar SEQUENCE) when a session moves, changes room or is cancelled, so calendar
 * apps that subscribed to the agenda replace their copy instead of keeping the old time.
 */
export const bumpSequence: CollectionBeforeChangeHook = ({ data, operation, originalDoc }) => {
  if (operation !== 'update' || !originalDoc) return data
  const moved = scheduledFields.some((field) => {
    if (!(field in data)) return false
    const before = field === 'startsAt' || field === 'endsAt' ? instantOf(originalDoc[field]) : (originalDoc[field] ?? null)
    const after = field === 'startsAt' || field === 'endsAt' ? instantOf(data[field]) : (data[field] ?? null)
    return before !== after
  })
  if (!moved) return data
  return { ...data, sequence: Number(originalDoc.sequence ?? 0) + 1 }
}
