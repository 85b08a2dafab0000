// The last word on a failed REST request: what the database refused becomes an answer a person
// can act on, never a 500 with a column name or SQL in it. A value of the wrong form (a word where
// a number belongs, a NUL byte, a date that is no date) is the caller's 400; a database that
// cannot take the request now (busy pool, restarting server) is a 503 with Retry-After.
import type { AfterErrorHook } from 'payload'

import { ServerBusyError } from '../database/hardenDatabaseAdapter.ts'

const RETRY_AFTER_SECONDS = 5

interface ErrorLike {
  cause?: unknown
  code?: string
  message?: string
  originalError?: unknown
  status?: number
}

/** The error and what it wraps (`cause`; GraphQL's `originalError`), outermost first. */
function causes(error: unknown): ErrorLike[] {
  const chain: ErrorLike[] = []
  let current = error as ErrorLike | undefined
  while (current && typeof current === 'object' && chain.length < 6) {
    chain.push(current)
    current = (current.originalError ?? current.cause) as ErrorLike | undefined
  }
  return chain
}

// Class 22 (data exception) and the type errors of class 42 that a caller's value causes.
const isBadValueCode = (code: string) => code.startsWith('22') || ['42804', '42883', '42P18'].includes(code)
// Class 08 (connection), 53 (resources), 57P0x (server shutting down or starting).
const unavailableCode = /^(08|53|57P0)/
const unavailableMessage = /timeout exceeded when trying to connect|Connection terminated|cannot begin transaction|ECONNREFUSED|ECONNRESET/i

// Integrity errors a caller's data causes where Payload skips validation (drafts are not validated).
const integrityMessages: Record<string, string> = {
  '23502': 'A required field is missing.',
  '23503': 'A relationship in the request names a document that does not exist.',
  '23514': 'A value in the request breaks a rule of its field.',
}

function describeBadValue(message = ''): string {
  const syntax = /invalid input syntax for type (\w+(?: \w+)*?): "(.*)"/.exec(message)
  if (syntax) return `"${syntax[2].slice(0, 80)}" is not a valid ${syntax[1] === 'integer' || syntax[1] === 'numeric' || syntax[1] === 'double precision' ? 'number' : syntax[1]}.`
  if (/out of range/.test(message)) return 'A number or date in the request is out of range.'
  if (/0x00|\\u0000/.test(message)) return 'Text in the request contains a NUL character, which cannot be stored.'
  if (/operator does not exist/.test(message)) return 'A filter compares a field with an operator its type does not support (e.g. "like" on a number, date or relationship).'
  return 'A value in the request has the wrong form for its field.'
}

/** Payload's fetch of a file by URL (upload by URL, the admin's paste-url proxy) throws plain errors. */
function describeFetchRefusal(chain: ErrorLike[]): string | undefined {
  const message = chain.map((each) => each.message ?? '').join(' ')
  if (/Blocked unsafe attempt|private or internal address/.test(message)) {
    return 'The address to fetch a file from points to a private or internal address, which is not allowed.'
  }
  if (/Failed to fetch (from|the file)|fetch failed/.test(message)) return 'The file could not be fetched from the address given.'
  return undefined
}

interface Explanation {
  message: string
  retryAfter?: string
  status: 400 | 503
}

/** What a person is told about an error that would otherwise be a 5xx, or nothing to leave it as it is. */
function explain(chain: ErrorLike[]): Explanation | undefined {
  const refusal = describeFetchRefusal(chain)
  if (refusal) return { message: refusal, status: 400 }
  const busy = chain.find((each) => each instanceof ServerBusyError) as ServerBusyError | undefined
  const unavailable =
    busy ?? chain.find((each) => (each.code && unavailableCode.test(each.code)) || unavailableMessage.test(each.message ?? ''))
  if (unavailable) {
    return {
      message: busy?.message ?? 'The database cannot take this request right now: try again in a few seconds.',
      retryAfter: String(busy?.retryAfterSeconds ?? RETRY_AFTER_SECONDS),
      status: 503,
    }
  }
  if (chain[0] instanceof SyntaxError) {
    return { message: 'A parameter or body that must be JSON (where, data, the request body) is not valid JSON.', status: 400 }
  }
  const integrity = chain.find((each) => each.code && each.code in integrityMessages)
  if (integrity) return { message: integrityMessages[integrity.code as string], status: 400 }
  const badValue = chain.find((each) => each.code && isBadValueCode(each.code))
  if (badValue) return { message: describeBadValue(badValue.message), status: 400 }
  return undefined
}

/**
 * REST and GraphQL alike: Payload calls this hook from both, GraphQL with the error it wraps as
 * `originalError` and the answer it would give as `graphqlResult` (an HTTP 200 with the error's
 * status in `extensions.statusCode`).
 */
export const explainErrors: AfterErrorHook = ({ error, graphqlResult, req }) => {
  const chain = causes(error)
  // Only for what would otherwise be a 5xx: Payload's own 4xx answers stay as they are.
  const status = chain.find((each) => each.status !== undefined)?.status
  if (status !== undefined && status < 500) return undefined
  const explanation = explain(chain)
  if (!explanation) return undefined
  if (explanation.retryAfter) {
    req.responseHeaders = new Headers(req.responseHeaders)
    req.responseHeaders.set('Retry-After', explanation.retryAfter)
  }
  if (graphqlResult) {
    const extensions = { ...graphqlResult.extensions, name: explanation.status === 400 ? 'ValidationError' : 'ServiceUnavailable', statusCode: explanation.status }
    return { graphqlResult: { ...graphqlResult, extensions, message: explanation.message } }
  }
  return { response: { errors: [{ message: explanation.message }] }, status: explanation.status }
}
