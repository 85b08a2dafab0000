// Pure checks shared by fields and hooks; unit-tested without a database.

/** True for IANA zone names this runtime knows ('America/Los_Angeles', 'UTC'). */
export function isTimeZone(value: unknown): boolean {
  if (typeof value !== 'string' || value === '') return false
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value })
    return true
  } catch {
    return false
  }
}

/** http(s) URLs only: no javascript:, data: or relative links in public link fields. */
export function isHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:'
  } catch {
    return false
  }
}

export interface TimeRange {
  end: Date | string
  start: Date | string
}

function toTime(value: Date | string | null | undefined): number {
  if (value === null || value === undefined || value === '') return Number.NaN
  return new Date(value).getTime()
}

/** A message when `end` is not strictly after `start`, or either is not a date; null when fine. */
export function checkRange(range: Partial<TimeRange>, names = { end: 'end', start: 'start' }): null | string {
  const start = toTime(range.start)
  const end = toTime(range.end)
  if (Number.isNaN(start)) return `${names.start} is not a valid date`
  if (Number.isNaN(end)) return `${names.end} is not a valid date`
  if (end <= start) return `${names.end} must be after ${names.start}`
  return null
}

/**
 * Where a session's slot breaks the rules: ends before it starts, or lies outside every date of
 * its event. Returns the offending field and a message, or null.
 */
export function checkSlot(
  slot: { endsAt?: Date | null | string; startsAt?: Date | null | string },
  eventDates: TimeRange[],
  eventTitle = 'the event',
): { message: string; path: 'endsAt' | 'startsAt' } | null {
  const ordering = checkRange({ end: slot.endsAt ?? undefined, start: slot.startsAt ?? undefined }, {
    end: 'endsAt',
    start: 'startsAt',
  })
  if (ordering) return { message: ordering, path: ordering.startsWith('startsAt') ? 'startsAt' : 'endsAt' }
  const start = toTime(slot.startsAt)
  const end = toTime(slot.endsAt)
  const inside = eventDates.some((date) => start >= toTime(date.start) && end <= toTime(date.end))
  if (inside) return null
  const containsStart = eventDates.some((date) => start >= toTime(date.start) && start < toTime(date.end))
  return {
    message: `the session must lie within the dates of ${eventTitle}`,
    path: containsStart ? 'endsAt' : 'startsAt',
  }
}

/** Field validator for an optional http(s) link. */
export function validateOptionalHttpUrl(value: null | string | undefined): string | true {
  if (!value) return true
  return isHttpUrl(value) || `"${value}" is not an http(s) URL`
}

// C0 controls other than tab, LF and CR, and DEL: PostgreSQL text cannot hold NUL at all (a 500),
// and none of them belongs in a title, a name or a link.
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/

/** True when `value`, or any string inside it (hasMany values, rich text JSON), holds a control character. */
export function hasControlCharacters(value: unknown): boolean {
  if (typeof value === 'string') return CONTROL_CHARACTER.test(value)
  if (Array.isArray(value)) return value.some(hasControlCharacters)
  if (typeof value === 'object' && value !== null) return Object.values(value).some(hasControlCharacters)
  return false
}
