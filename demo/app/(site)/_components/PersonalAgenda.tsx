'use client'
// A visitor's own agenda, with no account: the sessions they star are kept in this browser
// (localStorage, one list per event) and nothing is sent anywhere; the calendar link encodes the
// selection in its URL (schedule.ics?sessions=…), so a calendar app subscribes to exactly those.
// Rendered after hydration only: without JavaScript there is nothing to star.
import { useSyncExternalStore } from 'react'

const storageKey = (event: string) => `talk-notes:starred:${event}`
const changeEvent = 'talk-notes:starred'

function subscribe(onChange: () => void): () => void {
  window.addEventListener('storage', onChange) // other tabs
  window.addEventListener(changeEvent, onChange) // this tab
  return () => {
    window.removeEventListener('storage', onChange)
    window.removeEventListener(changeEvent, onChange)
  }
}

// Where stars go when the browser refuses storage (site data blocked, or full): they last as long as the page.
const inMemory = new Map<string, string>()

function readRaw(event: string): string {
  try {
    return window.localStorage.getItem(storageKey(event)) ?? inMemory.get(event) ?? '[]'
  } catch {
    return inMemory.get(event) ?? '[]'
  }
}

function parse(raw: null | string): string[] {
  if (raw === null) return []
  try {
    const value: unknown = JSON.parse(raw)
    return Array.isArray(value) ? value.filter((slug): slug is string => typeof slug === 'string') : []
  } catch {
    return []
  }
}

/** The starred slugs of `event`, or null before hydration (the server knows none). */
function useStarred(event: string): null | string[] {
  const raw = useSyncExternalStore(subscribe, () => readRaw(event), () => null)
  return raw === null ? null : parse(raw)
}

function toggle(event: string, slug: string) {
  const starred = parse(readRaw(event))
  const next = starred.includes(slug) ? starred.filter((other) => other !== slug) : [...starred, slug]
  const raw = JSON.stringify(next)
  try {
    if (next.length) window.localStorage.setItem(storageKey(event), raw)
    else window.localStorage.removeItem(storageKey(event))
    inMemory.delete(event)
  } catch {
    inMemory.set(event, raw)
  }
  window.dispatchEvent(new Event(changeEvent))
}

export function StarButton({ event, slug, title }: { event: string; slug: string; title: string }) {
  const starred = useStarred(event)
  if (starred === null) return null
  const on = starred.includes(slug)
  return (
    // One name whatever the state (aria-pressed tells it), starting with the visible words so speech input
    // finds the button by what it shows.
    <button aria-label={`My agenda: ${title}`} aria-pressed={on} className="star-button" onClick={() => toggle(event, slug)} type="button">
      <span aria-hidden="true" className="star-button__icon">
        {on ? '★' : '☆'}
      </span>
      My agenda
    </button>
  )
}

/** The visitor's selection in agenda order (`order`), with the links to subscribe to it. */
export function MyAgenda({ event, order }: { event: string; order: string[] }) {
  const starred = useStarred(event)
  if (starred === null) return null
  const selection = order.filter((slug) => starred.includes(slug))
  if (selection.length === 0) {
    return (
      <aside aria-label="My agenda" className="my-agenda">
        <p>
          <strong>Build your own agenda:</strong> star the sessions you want to attend. They are kept in this browser only.
        </p>
      </aside>
    )
  }
  const path = `/events/${encodeURIComponent(event)}/schedule.ics?sessions=${selection.map(encodeURIComponent).join(',')}`
  const https = new URL(path, window.location.origin)
  const webcal = `webcal://${https.host}${https.pathname}${https.search}`
  return (
    <aside aria-label="My agenda" className="my-agenda">
      <p>
        <strong>My agenda:</strong> {selection.length} {selection.length === 1 ? 'session' : 'sessions'} starred in this browser.
      </p>
      <ul className="link-row">
        <li>
          <a href={webcal}>Subscribe in your calendar app</a>
        </li>
        <li>
          <a download href={https.toString()}>
            Download my agenda (.ics)
          </a>
        </li>
      </ul>
    </aside>
  )
}
