// @vitest-environment happy-dom
// The review panel calls the REST endpoints of the profile's own collection (a host names it), and
// shows what they answer. Payload's admin hooks are stood in for: no admin app runs in a unit test.
import { act, createElement, type ReactNode } from 'react'
import { createRoot } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

const documentInfo = { collectionSlug: 'people', id: 7, lastUpdateTime: 1 }

vi.mock('@payloadcms/ui', () => ({
  Button: ({ children, onClick }: { children: ReactNode; onClick?: () => void }) =>
    createElement('button', { onClick, type: 'button' }, children),
  toast: { error: vi.fn(), success: vi.fn() },
  useAuth: () => ({ user: { collection: 'accounts', id: 1, role: 'editor' } }),
  useConfig: () => ({ config: { routes: { api: '/cms-api' }, serverURL: 'https://cms.example' } }),
  useDocumentInfo: () => documentInfo,
  useFormModified: () => false,
}))
vi.mock('next/navigation.js', () => ({ useRouter: () => ({ refresh: vi.fn() }) }))

const { SpeakerReviewPanel } = await import('../../src/admin/SpeakerReviewPanel')

const review = {
  account: { email: 'speaker@host.test', invitations: [] },
  changes: [{ field: 'shortBio', from: 'Old', fromName: null, label: 'Short bio', to: 'New', toName: null }],
  log: [],
  pendingFrom: 'speaker',
  reviewState: 'changes-proposed',
}

let container: HTMLDivElement
const fetchMock = vi.fn(async (_url: string, _init?: RequestInit) => new Response(JSON.stringify(review), { headers: { 'Content-Type': 'application/json' } }))

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
})

describe('SpeakerReviewPanel', () => {
  it("loads and acts on the review of the profile's own collection, not /speakers", async () => {
    const root = createRoot(container)
    await act(async () => root.render(createElement(SpeakerReviewPanel)))
    expect(fetchMock.mock.calls.map(([url]) => url)).toEqual(['https://cms.example/cms-api/people/7/review'])
    expect(container.querySelector('[data-field="shortBio"]')?.textContent).toContain('New')

    const accept = [...container.querySelectorAll('button')].find((button) => button.textContent === 'Accept proposal')
    await act(async () => accept?.click())
    const posted = fetchMock.mock.calls[1]
    expect(posted[0]).toBe('https://cms.example/cms-api/people/7/review')
    expect(posted[1]).toMatchObject({ method: 'POST' })
    expect(JSON.parse(String(posted[1]?.body))).toMatchObject({ action: 'accept' })
    await act(async () => root.unmount())
  })

  it('counts the history in words: one step, two steps', async () => {
    const step = { action: 'edited', at: '2030-05-01T10:00:00.000Z', byEmail: null, changes: [{ field: 'shortBio', label: 'Short bio' }], comment: null, role: 'editor' }
    const summaries: string[] = []
    for (const log of [[step], [step, { ...step, action: 'proposed', role: 'speaker' }]]) {
      fetchMock.mockImplementationOnce(async () => new Response(JSON.stringify({ ...review, log }), { headers: { 'Content-Type': 'application/json' } }))
      const root = createRoot(container)
      await act(async () => root.render(createElement(SpeakerReviewPanel)))
      summaries.push(container.querySelector('summary')?.textContent ?? '')
      expect(container.querySelector('[aria-label="Review history"] li')?.textContent).toContain('the editor edited the profile (Short bio)')
      await act(async () => root.unmount())
    }
    expect(summaries).toEqual(['History (1 step)', 'History (2 steps)'])
  })
})
