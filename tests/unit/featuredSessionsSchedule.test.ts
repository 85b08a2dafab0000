// @vitest-environment happy-dom
// The article's featured-sessions schedule reads the sessions of the host's own collection and
// shows their times in their event's zone. Payload's admin hooks are stood in for: no admin app runs here.
import { act, createElement } from 'react'
import { createRoot } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

const form = { featuredSessions: [12, 11] as number[] }

vi.mock('@payloadcms/ui', () => ({
  useConfig: () => ({ config: { routes: { api: '/cms-api' }, serverURL: 'https://cms.example' } }),
  useFormFields: (select: (context: [Record<string, { value: unknown }>]) => unknown) =>
    select([{ featuredSessions: { value: form.featuredSessions } }]),
  useTranslation: () => ({ i18n: { language: 'en-US' } }),
}))

const { FeaturedSessionsSchedule, sessionTimes } = await import('../../src/admin/FeaturedSessionsSchedule')

const event = { timezone: 'America/Los_Angeles', title: 'Networking @Scale' }
const docs = [
  { endsAt: '2030-05-01T17:30:00.000Z', event, id: 11, startsAt: '2030-05-01T17:00:00.000Z', status: 'scheduled', title: 'Keynote' },
  { endsAt: '2030-05-02T01:00:00.000Z', event, id: 12, startsAt: '2030-05-02T00:15:00.000Z', status: 'cancelled', title: 'Late panel' },
]
const fetchMock = vi.fn(async (_url: string, _init?: RequestInit) => new Response(JSON.stringify({ docs }), { headers: { 'Content-Type': 'application/json' } }))
let container: HTMLDivElement

beforeEach(() => {
  ;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true
  vi.stubGlobal('fetch', fetchMock)
  container = document.createElement('div')
  document.body.append(container)
})

afterEach(() => {
  vi.unstubAllGlobals()
  fetchMock.mockClear()
  container.remove()
  form.featuredSessions = [12, 11]
})

const rows = () =>
  [...container.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent?.replace(/\s+/g, ' ')))

describe('FeaturedSessionsSchedule', () => {
  it("lists the featured sessions in the field's order with their event, date and time in the event's zone", async () => {
    const root = createRoot(container)
    await act(async () => root.render(createElement(FeaturedSessionsSchedule, { sessionsSlug: 'conference-talks' })))
    const url = new URL(fetchMock.mock.calls[0][0])
    expect(`${url.origin}${url.pathname}`).toBe('https://cms.example/cms-api/conference-talks')
    expect(url.searchParams.get('where[id][in]')).toBe('12,11')
    expect(url.searchParams.get('depth')).toBe('1')
    expect(fetchMock.mock.calls[0][1]).toMatchObject({ credentials: 'include' })
    // 00:15 UTC on 2 May is still 1 May, 5:15 PM, in Los Angeles.
    expect(rows()).toEqual([
      ['Late panel (cancelled)', 'Networking @Scale', 'May 1, 2030', expect.stringMatching(/^5:15 – 6:00 PM PDT$/)],
      ['Keynote', 'Networking @Scale', 'May 1, 2030', expect.stringMatching(/^10:00 – 10:30 AM PDT$/)],
    ])
    await act(async () => root.unmount())
  })

  it('asks again when the field changes, and shows nothing without featured sessions', async () => {
    const root = createRoot(container)
    await act(async () => root.render(createElement(FeaturedSessionsSchedule, { sessionsSlug: 'talks' })))
    form.featuredSessions = [11]
    await act(async () => root.render(createElement(FeaturedSessionsSchedule, { sessionsSlug: 'talks' })))
    expect(fetchMock.mock.calls.map(([url]) => new URL(url).searchParams.get('where[id][in]'))).toEqual(['12,11', '11'])
    expect(rows().map((row) => row[0])).toEqual(['Keynote'])
    form.featuredSessions = []
    await act(async () => root.render(createElement(FeaturedSessionsSchedule, { sessionsSlug: 'talks' })))
    expect(fetchMock).toHaveBeenCalledTimes(2)
    expect(container.innerHTML).toBe('')
    await act(async () => root.unmount())
  })

  it('falls back to UTC for a zone name the browser does not know', () => {
    expect(sessionTimes('2030-05-01T17:00:00.000Z', '2030-05-01T17:30:00.000Z', 'Mars/Olympus', 'en-US').time.replace(/\s+/g, ' ')).toBe('5:00 – 5:30 PM UTC')
  })
})
