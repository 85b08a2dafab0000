// The VTIMEZONE of an IANA zone, made from the runtime's own zone data (Intl) rather than read from
// zone files: a host app's bundler (Next.js) moves the plugin's code away from any data files beside
// it, so a file read by path finds nothing there and the export would name a TZID it never defines.
import { toZoned } from '../../utilities/zonedTime.ts'

const HOUR = 3_600_000
const MINUTE = 60_000
// Sampling every 6 hours finds every offset change of a real zone (they are months apart).
const STEP = 6 * HOUR

const pad = (value: number) => String(value).padStart(2, '0')

const offsetAt = (time: number, zone: string) => toZoned(new Date(time), zone).offset

/** '+0200' for 120 minutes ahead of UTC. */
function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+'
  const absolute = Math.abs(minutes)
  return `${sign}${pad(Math.floor(absolute / 60))}${pad(absolute % 60)}`
}

/** RFC 5545 local DATE-TIME (no zone) of `time` on clocks `offset` minutes ahead of UTC. */
function localDateTime(time: number, offset: number): string {
  const iso = new Date(time + offset * MINUTE).toISOString()
  return iso.slice(0, 19).replace(/[-:]/g, '')
}

/** The first minute in (before, after] whose offset differs from the one at `before`. */
function changeBetween(before: number, after: number, zone: string): number {
  const from = offsetAt(before, zone)
  let low = before
  let high = after
  while (high - low > MINUTE) {
    const middle = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE
    if (offsetAt(middle, zone) === from) low = middle
    else high = middle
  }
  return high
}

/**
 * The VTIMEZONE component of `zone` for the years `fromYear` to `toYear` (UTC calendar years,
 * inclusive): a first observance with the offset in force when the range begins, then one
 * observance per offset change within it (DAYLIGHT when the new offset is ahead of that year's
 * standard, the smaller of its January and July offsets). Calendar clients resolve every TZID
 * time inside the range exactly; RFC 5545 allows listing onsets instead of rules.
 */
export function vtimezone(zone: string, fromYear: number, toYear: number): string {
  const start = Date.UTC(fromYear, 0, 1)
  const end = Date.UTC(toYear + 1, 0, 1)
  const standardOf = (time: number) => {
    const year = new Date(time).getUTCFullYear()
    return Math.min(offsetAt(Date.UTC(year, 0, 1), zone), offsetAt(Date.UTC(year, 6, 1), zone))
  }
  const observance = (onset: number, from: number, to: number) =>
    [
      `BEGIN:${to > standardOf(onset) ? 'DAYLIGHT' : 'STANDARD'}`,
      `DTSTART:${localDateTime(onset, from)}`,
      `TZOFFSETFROM:${formatOffset(from)}`,
      `TZOFFSETTO:${formatOffset(to)}`,
      `END:${to > standardOf(onset) ? 'DAYLIGHT' : 'STANDARD'}`,
    ].join('\r\n')

  const initial = offsetAt(start, zone)
  const observances = [observance(start, initial, initial)]
  let offset = initial
  for (let time = start; time < end; time += STEP) {
    const next = Math.min(time + STEP, end)
    if (offsetAt(next, zone) === offset) continue
    const change = changeBetween(time, next, zone)
    const to = offsetAt(change, zone)
    observances.push(observance(change, offset, to))
    offset = to
  }
  return ['BEGIN:VTIMEZONE', `TZID:${zone}`, ...observances, 'END:VTIMEZONE'].join('\r\n')
}
