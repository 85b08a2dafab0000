import type { CollectionBeforeChangeHook } from 'payload'

/**
 * Keeps `startsAt`/`endsAt` equal to the first start and last end of the event's dates, so lists
 * can sort and filter on one column however many days or sittings an event has.
 */
export const setEventRange: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const dates = (data.dates ?? originalDoc?.dates) as Array<{ end?: string; start?: string }> | undefined
  if (!Array.isArray(dates) || dates.length === 0) return data
  const starts = dates.map((date) => new Date(date.start ?? '').getTime()).filter(Number.isFinite)
  const ends = dates.map((date) => new Date(date.end ?? '').getTime()).filter(Number.isFinite)
  if (starts.length === 0 || ends.length === 0) return data
  return {
    ...data,
    endsAt: new Date(Math.max(...ends)).toISOString(),
    startsAt: new Date(Math.min(...starts)).toISOString(),
  }
}
