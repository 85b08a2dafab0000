import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'

import { vtimezone } from '../../src/formats/schedule/vtimezone'
import { toZoned } from '../../src/utilities/zonedTime'

function timezoneOf(component: string): ICAL.Timezone {
  const calendar = new ICAL.Component(ICAL.parse(`BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n${component}\r\nEND:VCALENDAR\r\n`))
  return new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone') as ICAL.Component)
}

describe('vtimezone', () => {
  it("lists Berlin's 2026 changes as RFC 5545 onsets in the offset they leave", () => {
    const component = vtimezone('Europe/Berlin', 2026, 2026)
    expect(component).toContain('TZID:Europe/Berlin')
    expect(component).toContain('BEGIN:DAYLIGHT\r\nDTSTART:20260329T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nEND:DAYLIGHT')
    expect(component).toContain('BEGIN:STANDARD\r\nDTSTART:20261025T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nEND:STANDARD')
  })

  it.each(['America/Los_Angeles', 'Europe/Berlin', 'Australia/Sydney', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Asia/Tokyo', 'UTC'])(
    'resolves every wall-clock time of %s in 2025-2026 to its instant, as a calendar client does',
    (zone) => {
      const timezone = timezoneOf(vtimezone(zone, 2025, 2026))
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

  it('is the same text for the same zone and years', () => {
    expect(vtimezone('America/Los_Angeles', 2024, 2025)).toBe(vtimezone('America/Los_Angeles', 2024, 2025))
  })
})
