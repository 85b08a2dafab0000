// One signal for "public content changed" shared by every process of the app: PostgreSQL
// NOTIFY inside the write's transaction (delivered only on commit) plus an in-process bump, so
// caches built from public content (feeds, pages) are rebuilt on change, never per request.
import type { Payload, PayloadRequest } from 'payload'

const CHANNEL = 'talk_notes_content'

/**
 * 'local': announced by a write of this process, inside its request (listeners run before the
 * write's hook returns); 'notify': heard from PostgreSQL after some process committed.
 */
export type ChangeOrigin = 'local' | 'notify'

/** May return a promise; a change announced by a write waits for it (e.g. cache revalidation). */
type Listener = (origin: ChangeOrigin) => Promise<void> | void

interface ContentState {
  generation: number
  listeners: Set<Listener>
  listening: boolean
}

// On globalThis: a bundler that loads this module twice must still share one state per instance.
const statesKey = Symbol.for('talk-notes.contentStates')
const states: WeakMap<Payload, ContentState> = ((globalThis as Record<symbol, unknown>)[statesKey] ??= new WeakMap()) as WeakMap<
  Payload,
  ContentState
>

function stateOf(payload: Payload): ContentState {
  let state = states.get(payload)
  if (!state) {
    state = { generation: 0, listeners: new Set(), listening: false }
    states.set(payload, state)
  }
  return state
}

function bump(state: ContentState, origin: ChangeOrigin): Promise<unknown> {
  state.generation += 1
  const pending: Array<Promise<void> | void> = []
  for (const listener of state.listeners) {
    try {
      pending.push(listener(origin))
    } catch {
      // A failing listener must not fail the write that announced the change.
    }
  }
  return Promise.allSettled(pending)
}

/** The current generation: any cache stamped with an older one is stale. */
export function contentGeneration(payload: Payload): number {
  return stateOf(payload).generation
}

export function onContentChange(payload: Payload, listener: Listener): () => void {
  const { listeners } = stateOf(payload)
  listeners.add(listener)
  return () => listeners.delete(listener)
}

interface PgLikePool {
  connect: () => Promise<{
    on: (event: 'error' | 'notification', listener: (value: unknown) => void) => void
    query: (sql: string) => Promise<unknown>
  }>
}

/** Subscribes this process to other processes' changes (PostgreSQL only; elsewhere in-process only). */
export async function listenForContentChanges(payload: Payload): Promise<void> {
  const state = stateOf(payload)
  const pool = (payload.db as { pool?: PgLikePool }).pool
  if (!pool || state.listening) return
  state.listening = true
  const client = await pool.connect()
  client.on('notification', () => void bump(state, 'notify'))
  // A dropped listener connection must not crash the app; changes then only bump in-process.
  client.on('error', () => {})
  await client.query(`LISTEN ${CHANNEL}`)
}

interface ExecutingAdapter {
  drizzle?: unknown
  execute?: (args: { db?: unknown; drizzle?: unknown; raw: string }) => Promise<unknown>
  sessions?: Record<string, { db: unknown }>
}

/**
 * Announces a change made by `req`. The in-process bump happens now; the NOTIFY rides on the
 * request's transaction, so other processes hear of it only once it is committed.
 */
export async function announceContentChange(req: PayloadRequest): Promise<void> {
  const { payload } = req
  await bump(stateOf(payload), 'local')
  const adapter = payload.db as unknown as ExecutingAdapter
  if (typeof adapter.execute !== 'function' || !(payload.db as { pool?: unknown }).pool) return
  const transactionID = req.transactionID ? await req.transactionID : undefined
  const db = transactionID !== undefined ? adapter.sessions?.[String(transactionID)]?.db : undefined
  await adapter.execute({ db, drizzle: adapter.drizzle, raw: `NOTIFY ${CHANNEL}` })
}
