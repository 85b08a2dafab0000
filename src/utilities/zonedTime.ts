// Wall-clock time in an IANA zone <-> UTC instants, with Intl only (no tz database of our own).

export interface ZonedDateTime {
  /** 'YYYY-MM-DD' on the zone's calendar. */
  date: string
  /** ISO 8601 with the zone's offset at that instant, e.g. '2024-09-11T08:30:00-07:00'. */
  iso: string
  /** Minutes since local midnight. */
  minuteOfDay: number
  /** Minutes ahead of UTC at that instant (-420 for PDT). */
  offset: number
  /** 'HH:MM' on the zone's clocks. */
  time: string
}

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      day: '2-digit',
      hour: '2-digit',
      // h23, not hour12: false, which prints midnight as '24' on some ICU versions.
      hourCycle: 'h23',
      minute: '2-digit',
      month: '2-digit',
      second: '2-digit',
      timeZone,
      year: 'numeric',
    })
    formatters.set(timeZone, formatter)
  }
  return formatter
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0')

/** An instant as seen on the clocks of an IANA zone, with the offset in force at that instant. */
export function toZoned(instant: Date | string, timeZone: string): ZonedDateTime {
  const time = typeof instant === 'string' ? Date.parse(instant) : instant.getTime()
  if (Number.isNaN(time)) throw new Error(`expected an ISO 8601 instant, got "${String(instant)}"`)
  const seconds = Math.floor(time / 1000) * 1000
  const parts = formatterFor(timeZone).formatToParts(new Date(seconds))
  const value = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value)
  const [year, month, day] = [value('year'), value('month'), value('day')]
  const [hour, minute, second] = [value('hour'), value('minute'), value('second')]
  const offset = Math.round((Date.UTC(year, month - 1, day, hour, minute, second) - seconds) / 60_000)
  const sign = offset < 0 ? '-' : '+'
  const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`
  const clock = `${pad(hour)}:${pad(minute)}`
  return {
    date,
    iso: `${date}T${clock}:${pad(second)}${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`,
    minuteOfDay: hour * 60 + minute,
    offset,
    time: clock,
  }
}


/** The UTC instant of `date` ('YYYY-MM-DD') at `time` ('HH:MM') on the clocks of `timeZone`. */
export function zonedTimeToUtc(date: string, time: string, timeZone: string): Date {
  const dateMatch = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  const timeMatch = /^(\d{2}):(\d{2})$/.exec(time)
  if (!dateMatch || !timeMatch) throw new Error(`expected YYYY-MM-DD and HH:MM, got "${date}" "${time}"`)
  const [, y, mo, d] = dateMatch.map(Number)
  const [, h, mi] = timeMatch.map(Number)
  const wallClock = Date.UTC(y, mo - 1, d, h, mi)
  // Two passes settle the offset on either side of a daylight-saving change.
  let instant = wallClock - toZoned(new Date(wallClock), timeZone).offset * 60_000
  instant = wallClock - toZoned(new Date(instant), timeZone).offset * 60_000
  return new Date(instant)
}
