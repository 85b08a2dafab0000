// Rate limits answering HTTP 429 with Retry-After. The counters live in this process's memory
// (RateLimiterMemory) or, with the `rateLimits.store` option, in Redis (RateLimiterRedis), where every
// instance of a cluster counts together; while Redis is unreachable each counts in memory again.
import type { PayloadRequest } from 'payload'

import { APIError } from 'payload'
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible'

import type { RateLimit, SanitizedTalkNotesPluginConfig } from '../types.ts'

export interface RateLimitCheck {
  key: string
  limiter: RateLimiterAbstract
}

/** One limit; `name` (e.g. "login.perAddress") keeps its counters apart from the other limits'. */
export function createRateLimiter(limit: RateLimit, options: Pick<SanitizedTalkNotesPluginConfig, 'rateLimitStore'>, name: string): RateLimiterAbstract {
  const memory = new RateLimiterMemory({ duration: limit.seconds, keyPrefix: name, points: limit.points })
  const store = options.rateLimitStore
  if (!store) return memory
  return new RateLimiterRedis({
    duration: limit.seconds,
    insuranceLimiter: memory,
    keyPrefix: `${store.keyPrefix ?? 'talk-notes:rate-limit'}:${name}`,
    points: limit.points,
    // Not connected: count in memory at once rather than queue the request behind a reconnect.
    rejectIfRedisNotReady: true,
    storeClient: store.redis,
    useRedisPackage: store.client !== 'ioredis',
  })
}

/** Local API calls are the app's own code (seeds, scripts), not a client's requests. */
export function isClientRequest(req: PayloadRequest): boolean {
  return req.payloadAPI !== 'local'
}

/** The limit key of the request's client; clients without a known address share one. */
export function addressKey(req: PayloadRequest, options: SanitizedTalkNotesPluginConfig): string {
  return `address:${options.clientAddress(req) ?? 'unknown'}`
}

/**
 * Takes a point from each limit in order and stops at the first that is used up, so a client
 * refused by its own limit never spends the shared ones. Resolves to the seconds to wait, or null.
 */
export async function consumeRateLimits(checks: RateLimitCheck[]): Promise<null | number> {
  for (const { key, limiter } of checks) {
    try {
      await limiter.consume(key)
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection
      return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000))
    }
  }
  return null
}

/** Gives back the points of an attempt that turned out fine (a successful sign-in). */
export async function refundRateLimits(checks: RateLimitCheck[]): Promise<void> {
  await Promise.all(checks.map(({ key, limiter }) => limiter.reward(key)))
}

export function describeWait(seconds: number): string {
  if (seconds < 60) return seconds === 1 ? '1 second' : `${seconds} seconds`
  const minutes = Math.ceil(seconds / 60)
  return minutes === 1 ? '1 minute' : `${minutes} minutes`
}

/** Throws Payload's APIError with status 429; `Retry-After` goes out with the error response. */
export function refuseTooManyRequests(req: PayloadRequest, seconds: number, what: string): never {
  req.responseHeaders ??= new Headers()
  req.responseHeaders.set('Retry-After', String(seconds))
  throw new APIError(`Too many ${what}; try again in ${describeWait(seconds)}.`, 429)
}
