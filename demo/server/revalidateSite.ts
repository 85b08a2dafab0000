// Expires the public site's Next.js cache when talk-notes announces a content change. A change made
// by a request of this process (a publish through the admin or REST) expires the tag right there,
// synchronously, so Next applies it when that request ends. Changes heard from PostgreSQL (another
// process, the job runner) have no request of their own here: they call the app's /next/revalidate
// route, which expires the tag in a request of its own. A request this process serves outside
// Next.js (the REST fast path) has no Next request either: its change calls that route once the
// request's work has committed, before its answer goes out.
import { revalidateTag } from 'next/cache'
import { AsyncLocalStorage } from 'node:async_hooks'
import { createHmac, timingSafeEqual } from 'node:crypto'

import type { ChangeOrigin } from 'talk-notes'

import { siteCacheTag } from '../site/cacheTag'

function revalidateToken(): string {
  return createHmac('sha256', process.env.PAYLOAD_SECRET ?? '').update('talk-notes:revalidate').digest('hex')
}

export function isRevalidateRequest(request: Request): boolean {
  const given = Buffer.from(request.headers.get('authorization')?.replace(/^Bearer /, '') ?? '')
  const expected = Buffer.from(revalidateToken())
  return given.length === expected.length && timingSafeEqual(given, expected)
}

const servedOutsideNext = new AsyncLocalStorage<{ changed: boolean }>()

function callRevalidateRoute(serverURL: string): Promise<void> {
  return fetch(`${serverURL}/next/revalidate`, {
    headers: { authorization: `Bearer ${revalidateToken()}` },
    method: 'POST',
    signal: AbortSignal.timeout(5_000),
  }).then(
    () => undefined,
    () => undefined,
  )
}

/**
 * Runs a request's work outside Next.js. A public change it announces expires the site's pages
 * when the work is done (its transaction committed), not before: a page rendered in between
 * would be cached with the old content.
 */
export async function outsideNext<T>(serverURL: string, work: () => Promise<T>): Promise<T> {
  const scope = { changed: false }
  const result = await servedOutsideNext.run(scope, work)
  if (scope.changed) await callRevalidateRoute(serverURL)
  return result
}

export function revalidateSite(serverURL: string, origin: ChangeOrigin): Promise<void> | void {
  if (origin === 'local') {
    const scope = servedOutsideNext.getStore()
    if (scope) {
      scope.changed = true
      return
    }
    try {
      revalidateTag(siteCacheTag, { expire: 0 })
      return
    } catch {
      // A Local API write outside any request (a script): use the route like a remote change.
    }
  }
  return callRevalidateRoute(serverURL)
}
