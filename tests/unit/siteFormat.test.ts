// How the public pages print an event's dates: each sitting with its hours and label (the seed page's
// AI Infra and RTC @Scale lines), consecutive days of one schedule as a span.
import { describe, expect, it } from 'vitest'

import { formatSittings } from '../../src/site/format'

const zone = 'America/Los_Angeles'

describe('formatSittings', () => {
  it('keeps each sitting of AI Infra @Scale with its hours and label', () => {
    const lines = formatSittings(
      [
        { end: '2024-08-08T00:30:00.000Z', format: 'virtual', label: 'Virtual program', start: '2024-08-07T21:30:00.000Z' },
        { end: '2024-08-01T02:00:00.000Z', format: 'in-person', label: 'In-person event', start: '2024-07-31T21:30:00.000Z' },
      ],
      zone,
    )
    expect(lines.map((line) => line.text)).toEqual([
      'July 31, 2024 · 02:30 PM – 07:00 PM PT · In-person event',
      'August 7, 2024 · 02:30 PM – 05:30 PM PT · Virtual program',
    ])
    expect(lines[0].dateTime).toBe('2024-07-31T21:30:00.000Z')
  })

  it('gives a one-day event its hours (RTC @Scale: 9am PT – 3pm PT)', () => {
    expect(formatSittings([{ end: '2024-03-20T22:00:00.000Z', start: '2024-03-20T16:00:00.000Z' }], zone)).toEqual([
      { dateTime: '2024-03-20T16:00:00.000Z', text: 'March 20, 2024 · 09:00 AM – 03:00 PM PT' },
    ])
  })

  it('names a sitting by its format when the sittings differ in format and it has no label', () => {
    const lines = formatSittings(
      [
        { end: '2024-11-21T01:00:00.000Z', format: 'in-person', start: '2024-11-20T17:00:00.000Z' },
        { end: '2024-11-22T01:00:00.000Z', format: 'virtual', start: '2024-11-21T17:00:00.000Z' },
      ],
      zone,
    )
    expect(lines.map((line) => line.text)).toEqual([
      'November 20, 2024 · 09:00 AM – 05:00 PM PT · In person',
      'November 21, 2024 · 09:00 AM – 05:00 PM PT · Virtual',
    ])
  })

  it('keeps days apart across a change of the zone’s offset, and ends a span on the day its last sitting starts', () => {
    // Berlin leaves summer time on 27 October 2024: 09:00 is GMT+2 on the 26th and GMT+1 on the 27th.
    const berlin = formatSittings(
      [
        { end: '2024-10-26T15:00:00.000Z', start: '2024-10-26T07:00:00.000Z' },
        { end: '2024-10-27T16:00:00.000Z', start: '2024-10-27T08:00:00.000Z' },
      ],
      'Europe/Berlin',
    )
    expect(berlin.map((line) => line.text)).toEqual([
      'October 26, 2024 · 09:00 AM – 05:00 PM GMT+2',
      'October 27, 2024 · 09:00 AM – 05:00 PM GMT+1',
    ])
    // Two nights, 8 PM to 2 AM: the 20th and the 21st, not the 22nd.
    const nights = formatSittings(
      [
        { end: '2024-11-21T10:00:00.000Z', start: '2024-11-21T04:00:00.000Z' },
        { end: '2024-11-22T10:00:00.000Z', start: '2024-11-22T04:00:00.000Z' },
      ],
      zone,
    )
    expect(nights.map((line) => line.text)).toEqual(['November 20–21, 2024 · 08:00 PM – 02:00 AM PT'])
  })

  it('reads consecutive days of the same hours as one span, and different hours apart', () => {
    const days = [
      { end: '2024-11-21T01:00:00.000Z', format: 'in-person', start: '2024-11-20T17:00:00.000Z' },
      { end: '2024-11-22T01:00:00.000Z', format: 'in-person', start: '2024-11-21T17:00:00.000Z' },
    ]
    expect(formatSittings(days, zone).map((line) => line.text)).toEqual(['November 20–21, 2024 · 09:00 AM – 05:00 PM PT'])
    const shorter = [days[0], { ...days[1], end: '2024-11-21T22:00:00.000Z' }]
    expect(formatSittings(shorter, zone).map((line) => line.text)).toEqual([
      'November 20, 2024 · 09:00 AM – 05:00 PM PT',
      'November 21, 2024 · 09:00 AM – 02:00 PM PT',
    ])
  })
})
