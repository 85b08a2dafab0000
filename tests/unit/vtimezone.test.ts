import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'

import { vtimezone } from '../../src/formats/schedule/vtimezone'
import { toZoned } from '../../src/utilities/zonedTime'

function timezoneOf(component: string): ICAL.Timezone {
  const calendar = new ICAL.Component(ICAL.parse(`BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n${component}\r\nEND:VCALENDAR\r\n`))
  return new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone') as ICAL.Component)
}

describe('vtimezone', () => {
  it("gives Berlin's rules (summer time from the last Sunday of March to the last of October)", () => {
    const component = vtimezone('Europe/Berlin')!
    expect(component).toMatch(/^BEGIN:VTIMEZONE\r\nTZID:Europe\/Berlin\r\n/)
    expect(component).toMatch(/BEGIN:DAYLIGHT\r\n(?:.*\r\n)*?TZOFFSETFROM:\+0100\r\nTZOFFSETTO:\+0200\r\n(?:.*\r\n)*?RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU/)
    expect(component).toMatch(/BEGIN:STANDARD\r\n(?:.*\r\n)*?TZOFFSETFROM:\+0200\r\nTZOFFSETTO:\+0100\r\n(?:.*\r\n)*?RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU/)
  })

  it('names the zone as asked, aliases too, and has nothing for an unknown zone', () => {
    expect(vtimezone('UTC')).toMatch(/^BEGIN:VTIMEZONE\r\nTZID:UTC\r\n/)
    expect(vtimezone('Nowhere/Atlantis')).toBeNull()
  })

  it.each(['America/Los_Angeles', 'Europe/Berlin', 'Australia/Sydney', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Asia/Tokyo', 'UTC'])(
    'resolves every wall-clock time of %s in 2025-2026 to its instant, as a calendar client does',
    (zone) => {
      const timezone = timezoneOf(vtimezone(zone)!)
      // Every 7 days and 5 hours, so the samples fall at every hour of the day over the two years.
      for (let time = Date.UTC(2025, 0, 1, 3); time < Date.UTC(2027, 0, 1); time += (7 * 24 + 5) * 3_600_000) {
        const zoned = toZoned(new Date(time), zone)
        const [year, month, day] = zoned.date.split('-').map(Number)
        const [hour, minute] = zoned.time.split(':').map(Number)
        const local = ICAL.Time.fromData({ day, hour, minute, month, second: 0, year }, timezone)
        expect(local.toUnixTime() * 1000, `${zone} ${zoned.iso}`).toBe(time)
      }
    },
  )

  it('is the same text every time, so the exports keep their ETags', () => {
    expect(vtimezone('America/Los_Angeles')).toBe(vtimezone('America/Los_Angeles'))
  })
})
