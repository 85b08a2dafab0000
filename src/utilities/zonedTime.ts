// Wall-clock time in an IANA zone <-> UTC instants, with Intl only (no tz database of our own).

function offsetMinutes(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    day: '2-digit',
    hour: '2-digit',
    hourCycle: 'h23',
    minute: '2-digit',
    month: '2-digit',
    second: '2-digit',
    timeZone,
    year: 'numeric',
  }).formatToParts(new Date(instant))
  const value = (type: string) => Number(parts.find((part) => part.type === type)?.value)
  const asUtc = Date.UTC(value('year'), value('month') - 1, value('day'), value('hour'), value('minute'), value('second'))
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000)
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
  let instant = wallClock - offsetMinutes(wallClock, timeZone) * 60_000
  instant = wallClock - offsetMinutes(instant, timeZone) * 60_000
  return new Date(instant)
}
