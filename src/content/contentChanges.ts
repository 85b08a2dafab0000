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
  /** When public content last changed, as far as this process knows (ms since the epoch). */
  changedAt: number
  generation: number
  listeners: Set<Listener>
  listening: boolean
  /** False while the LISTEN connection is down: other processes' changes go unheard. */
  hearing: boolean
  stopListening?: () => Promise<void>
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
    // Until a change is heard of, "now" is the newest content could be: a safe Last-Modified.
    state = { changedAt: Date.now(), generation: 0, hearing: true, listeners: new Set(), listening: false }
    states.set(payload, state)
  }
  return state
}

function bump(state: ContentState, origin: ChangeOrigin, at = Date.now()): Promise<unknown> {
  state.generation += 1
  state.changedAt = Math.max(state.changedAt, Math.min(at, Date.now()))
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

/**
 * The current generation: any cache stamped with an older one is stale. While other processes'
 * changes cannot be heard, every call is a new generation, so nothing is served from a cache.
 */
export function contentGeneration(payload: Payload): number {
  const state = stateOf(payload)
  if (state.listening && !state.hearing) state.generation += 1
  return state.generation
}

/**
 * When public content last changed, to the second (HTTP dates have no finer grain): the writer's
 * clock, carried to every process by the NOTIFY, so instances agree on it once a change is heard.
 * While other processes cannot be heard, it is "now".
 */
export function contentChangedAt(payload: Payload): Date {
  const state = stateOf(payload)
  const at = state.listening && !state.hearing ? Date.now() : state.changedAt
  return new Date(Math.ceil(at / 1000) * 1000)
}

export function onContentChange(payload: Payload, listener: Listener): () => void {
  const { listeners } = stateOf(payload)
  listeners.add(listener)
  return () => listeners.delete(listener)
}

interface ListenClient {
  connect: () => Promise<unknown>
  end: () => Promise<void>
  on(event: 'end', listener: () => void): void
  on(event: 'error', listener: (error: Error) => void): void
  on(event: 'notification', listener: (message: { payload?: string }) => void): void
  query: (sql: string) => Promise<unknown>
}

interface PgLikePool {
  Client?: new (options: unknown) => ListenClient
  options?: Record<string, unknown>
}

/** How long to wait before re-opening a dropped listener connection, doubling up to the last. */
const RECONNECT_DELAYS_MS = [250, 500, 1000, 2000, 5000]

/**
 * Subscribes this process to other processes' changes (PostgreSQL only; elsewhere in-process
 * only). The LISTEN runs on a connection of its own, outside the adapter's pool, so it never
 * takes a connection a request needs. When it drops (a PostgreSQL restart, a network fault) it is
 * re-opened with back-off; whatever was announced in between was missed, so re-opening counts as
 * a change and every cache built from public content is rebuilt.
 */
export async function listenForContentChanges(payload: Payload): Promise<void> {
  const state = stateOf(payload)
  const pool = (payload.db as unknown as { pool?: PgLikePool }).pool
  if (!pool?.Client || state.listening) return
  state.listening = true
  const { Client, options } = pool
  let attempt = 0
  let stopped = false

  const open = async (reopened: boolean): Promise<void> => {
    // The listener waits on notifications for good: no statement or idle timeouts of the pool.
    const client = new Client({ ...options, idle_in_transaction_session_timeout: undefined, statement_timeout: undefined })
    let dropped = false
    const reopen = () => {
      if (dropped || stopped) return
      dropped = true
      state.hearing = false
      void client.end().catch(() => {})
      const delay = RECONNECT_DELAYS_MS[Math.min(attempt, RECONNECT_DELAYS_MS.length - 1)]
      attempt += 1
      setTimeout(() => void open(true).catch(reopen), delay).unref()
    }
    client.on('error', reopen)
    client.on('end', reopen)
    client.on('notification', (message) => void bump(state, 'notify', Number(message.payload) || Date.now()))
    current = client
    state.hearing = false
    try {
      await client.connect()
      await client.query(`LISTEN ${CHANNEL}`)
    } catch (error) {
      payload.logger.warn(`talk-notes: cannot listen for content changes (${(error as Error).message}); retrying`)
      reopen()
      return
    }
    attempt = 0
    state.hearing = true
    if (reopened) {
      payload.logger.info('talk-notes: listening for content changes again; rebuilding public caches')
      await bump(state, 'notify')
    }
  }
  let current: ListenClient | undefined
  state.stopListening = async () => {
    stopped = true
    state.listening = false
    await current?.end().catch(() => {})
  }
  // payload.destroy() ends the adapter's pool, not this connection of ours.
  const destroy = payload.db.destroy?.bind(payload.db)
  payload.db.destroy = async () => {
    await state.stopListening?.()
    await destroy?.()
  }
  await open(false)
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
  const at = Date.now()
  await bump(stateOf(payload), 'local', at)
  const adapter = payload.db as unknown as ExecutingAdapter
  if (typeof adapter.execute !== 'function' || !(payload.db as { pool?: unknown }).pool) return
  const transactionID = req.transactionID ? await req.transactionID : undefined
  const db = transactionID !== undefined ? adapter.sessions?.[String(transactionID)]?.db : undefined
  // The payload is the change's time, a number: nothing of the content travels on the channel.
  await adapter.execute({ db, drizzle: adapter.drizzle, raw: `NOTIFY ${CHANNEL}, '${at}'` })
}
