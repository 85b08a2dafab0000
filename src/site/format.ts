// Dates and times as the public pages print them, on the clocks of the event's time zone.
// Pure (Intl only), so the server render and the tests agree on every string.
import { toZoned } from '../formats/schedule/types.ts'
import { type EventFormat, eventFormatLabels } from '../types.ts'

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let cached = formatters.get(key)
  if (!cached) {
    cached = new Intl.DateTimeFormat('en-US', options)
    formatters.set(key, cached)
  }
  return cached
}

// ICU separates AM/PM and range dashes with narrow or thin no-break spaces, varying by version.
const plainSpaces = (text: string) => text.replace(/[\u00A0\u2009\u202F]/g, ' ')

/** "08:30 AM" on the zone's clocks. */
export function formatClock(instant: string, timeZone: string): string {
  const format = formatter(`clock|${timeZone}`, { hour: '2-digit', hour12: true, minute: '2-digit', timeZone })
  return plainSpaces(format.format(new Date(instant)))
}

/** "08:30 AM – 10:00 AM". */
export function formatClockRange(start: string, end: string, timeZone: string): string {
  return `${formatClock(start, timeZone)} – ${formatClock(end, timeZone)}`
}

/**
 * The zone's short name at `instant`: the generic "PT" where the zone has one (so a whole agenda shares a
 * label across daylight saving), else the specific one ("GMT+2").
 */
export function zoneLabel(timeZone: string, instant: string): string {
  const name = (style: 'short' | 'shortGeneric') =>
    formatter(`zone|${style}|${timeZone}`, { timeZone, timeZoneName: style })
      .formatToParts(new Date(instant))
      .find((part) => part.type === 'timeZoneName')?.value ?? ''
  const generic = name('shortGeneric')
  return /^[A-Z]{1,5}$/.test(generic) ? generic : name('short') || timeZone
}

/** "September 11, 2024". */
export function formatDate(instant: string, timeZone: string): string {
  return formatter(`date|${timeZone}`, { day: 'numeric', month: 'long', timeZone, year: 'numeric' }).format(
    new Date(instant),
  )
}

/** "September 11". */
export function formatDay(instant: string, timeZone: string): string {
  return formatter(`day|${timeZone}`, { day: 'numeric', month: 'long', timeZone }).format(new Date(instant))
}

/** "09/23/2024", as the Latest Notes list shows publication dates. */
export function formatShortDate(instant: string, timeZone = 'UTC'): string {
  return formatter(`short|${timeZone}`, { day: '2-digit', month: '2-digit', timeZone, year: 'numeric' }).format(
    new Date(instant),
  )
}

/** "November 20–21, 2024" for a multi-day stretch, else the single date. */
export function formatDateSpan(start: string, end: string, timeZone: string): string {
  const startDay = toZoned(start, timeZone).date
  const endDay = toZoned(end, timeZone).date
  if (startDay === endDay) return formatDate(start, timeZone)
  const format = formatter(`span|${timeZone}`, { day: 'numeric', month: 'long', timeZone, year: 'numeric' })
  // Between two day numbers the dash stands closed, as in print: "November 20–21", "July 31 – August 7".
  return plainSpaces(format.formatRange(new Date(start), new Date(end))).replace(/(\d) – (\d)/, '$1–$2')
}

/** 'YYYY-MM-DD' of the instant on the zone's calendar, for grouping an agenda by day. */
export function calendarDay(instant: string, timeZone: string): string {
  return toZoned(instant, timeZone).date
}

export interface Sitting {
  end: string
  format?: string
  label?: string
  start: string
}

/**
 * An event's dates as visitors read them, each sitting with its hours on the event's clocks and its
 * label: "July 31, 2024 · 02:30 PM – 07:00 PM PT · In-person event". A sitting without a label is named
 * by its format when the sittings do not all share one ("· Virtual"). Consecutive unlabelled days of the
 * same hours, format and zone name read as one span: "November 20–21, 2024 · 09:00 AM – 05:00 PM PT".
 */
export function formatSittings(dates: Sitting[], timeZone: string): Array<{ dateTime: string; text: string }> {
  const clocks = (sitting: Sitting) => `${formatClockRange(sitting.start, sitting.end, timeZone)} ${zoneLabel(timeZone, sitting.start)}`
  const mixedFormats = new Set(dates.map((sitting) => sitting.format ?? '')).size > 1
  const runs: Sitting[][] = []
  for (const sitting of [...dates].sort((a, b) => Date.parse(a.start) - Date.parse(b.start))) {
    const run = runs[runs.length - 1]
    const last = run?.[run.length - 1]
    const joins =
      last &&
      !last.label &&
      !sitting.label &&
      last.format === sitting.format &&
      clocks(last) === clocks(sitting) &&
      Date.parse(sitting.start) - Date.parse(last.start) <= 36 * 3_600_000
    if (joins) run.push(sitting)
    else runs.push([sitting])
  }
  return runs.map((run) => {
    const first = run[0]
    const last = run[run.length - 1]
    // The last day is the one its sitting starts on: a sitting past midnight belongs to its evening.
    const day = run.length > 1 ? formatDateSpan(first.start, last.start, timeZone) : formatDate(first.start, timeZone)
    const label = first.label || (mixedFormats && first.format ? eventFormatLabels[first.format as EventFormat] : undefined)
    return { dateTime: first.start, text: [day, clocks(first), label].filter(Boolean).join(' · ') }
  })
}
