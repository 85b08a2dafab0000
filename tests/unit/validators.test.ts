import { describe, expect, it } from 'vitest'

import { slugify } from '../../src/utilities/slugify'
import { checkRange, checkSlot, hasControlCharacters, isHttpUrl, isTimeZone } from '../../src/utilities/validators'
import { zonedTimeToUtc } from '../../src/utilities/zonedTime'

const day = [{ end: '2024-09-12T00:30:00.000Z', start: '2024-09-11T15:30:00.000Z' }]

describe('slot-time validation', () => {
  it('accepts a slot inside the event day', () => {
    expect(checkSlot({ endsAt: '2024-09-11T17:05:00Z', startsAt: '2024-09-11T17:00:00Z' }, day)).toBeNull()
  })

  it('rejects a slot that ends before it starts, naming endsAt', () => {
    expect(checkSlot({ endsAt: '2024-09-11T16:00:00Z', startsAt: '2024-09-11T17:00:00Z' }, day)).toEqual({
      message: 'endsAt must be after startsAt',
      path: 'endsAt',
    })
  })

  it('rejects a zero-length slot', () => {
    expect(checkSlot({ endsAt: '2024-09-11T17:00:00Z', startsAt: '2024-09-11T17:00:00Z' }, day)?.path).toBe('endsAt')
  })

  it('rejects a slot before the event, naming startsAt', () => {
    const problem = checkSlot({ endsAt: '2024-09-11T15:40:00Z', startsAt: '2024-09-11T15:00:00Z' }, day, '"N"')
    expect(problem).toEqual({ message: 'the session must lie within the dates of "N"', path: 'startsAt' })
  })

  it('rejects a slot running past the end of the event, naming endsAt', () => {
    expect(checkSlot({ endsAt: '2024-09-12T01:00:00Z', startsAt: '2024-09-12T00:00:00Z' }, day)?.path).toBe('endsAt')
  })

  it('accepts a slot in the second sitting of a two-date event but not between them', () => {
    const dates = [
      { end: '2024-08-01T02:00:00Z', start: '2024-07-31T21:30:00Z' },
      { end: '2024-08-08T00:30:00Z', start: '2024-08-07T21:30:00Z' },
    ]
    expect(checkSlot({ endsAt: '2024-08-07T22:30:00Z', startsAt: '2024-08-07T22:00:00Z' }, dates)).toBeNull()
    expect(checkSlot({ endsAt: '2024-08-03T18:00:00Z', startsAt: '2024-08-03T17:00:00Z' }, dates)).not.toBeNull()
  })

  it('reports missing or invalid dates by name', () => {
    expect(checkSlot({ endsAt: '2024-09-11T17:00:00Z' }, day)).toEqual({
      message: 'startsAt is not a valid date',
      path: 'startsAt',
    })
    expect(checkRange({ end: 'not a date', start: '2024-01-01' })).toBe('end is not a valid date')
  })
})

describe('date and time helpers', () => {
  it('converts Pacific wall-clock time to UTC across daylight saving', () => {
    expect(zonedTimeToUtc('2024-09-11', '08:30', 'America/Los_Angeles').toISOString()).toBe('2024-09-11T15:30:00.000Z')
    expect(zonedTimeToUtc('2024-11-20', '09:00', 'America/Los_Angeles').toISOString()).toBe('2024-11-20T17:00:00.000Z')
    expect(zonedTimeToUtc('2024-03-10', '12:00', 'Europe/Berlin').toISOString()).toBe('2024-03-10T11:00:00.000Z')
  })

  it('knows IANA zones and rejects others', () => {
    expect(isTimeZone('America/Los_Angeles')).toBe(true)
    expect(isTimeZone('PT')).toBe(false)
    expect(isTimeZone('')).toBe(false)
  })

  it('accepts only http(s) links', () => {
    expect(isHttpUrl('https://example.com/live')).toBe(true)
    expect(isHttpUrl('javascript:alert(1)')).toBe(false)
    expect(isHttpUrl('/relative')).toBe(false)
  })

  it('makes URL slugs', () => {
    expect(slugify('Networking @Scale 2024')).toBe('networking-scale-2024')
    expect(slugify("Evolving Meta's Edge Architecture")).toBe('evolving-metas-edge-architecture')
    expect(slugify('Café & Co')).toBe('cafe-and-co')
    expect(slugify('META')).toBe(slugify('Meta'))
  })
})

describe('hasControlCharacters', () => {
  it('finds NUL, other C0 controls and DEL in strings, lists and rich text JSON, but not tab or line breaks', () => {
    expect(hasControlCharacters('a\u0000b')).toBe(true)
    expect(hasControlCharacters('\u001b[31m')).toBe(true)
    expect(hasControlCharacters('\u007f')).toBe(true)
    expect(hasControlCharacters(['ok', 'x\u0007'])).toBe(true)
    expect(hasControlCharacters({ root: { children: [{ text: 'a\u0000' }] } })).toBe(true)
    expect(hasControlCharacters('line\n\ttab\r\n')).toBe(false)
    expect(hasControlCharacters({ root: { children: [{ text: 'fine', version: 1 }] } })).toBe(false)
    expect(hasControlCharacters(null)).toBe(false)
  })
})
