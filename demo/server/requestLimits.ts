// Size limits `npm start`'s HTTP server puts on a request before anything reads it: Next.js route
// handlers (and so Payload's REST and GraphQL) read a whole body into memory whatever its size.
// A body must say how long it is, and be no longer than its route allows; a URL is at most 8 KB.
import type { IncomingMessage, ServerResponse } from 'node:http'

export interface RequestLimits {
  /** Largest body for GraphQL (a query and its variables). */
  graphQLBytes: number
  /** Largest JSON or form body elsewhere. */
  jsonBytes: number
  /** Largest multipart body (an upload: the file plus its fields). */
  multipartBytes: number
  urlBytes: number
}

export function requestLimitsFor(maxUploadSize: number, apiRoute = '/api'): RequestLimits & { apiRoute: string } {
  return { apiRoute, graphQLBytes: 100_000, jsonBytes: 2_000_000, multipartBytes: maxUploadSize + 1_000_000, urlBytes: 8192 }
}

function refuse(response: ServerResponse, status: number, message: string): true {
  response.writeHead(status, { 'Connection': 'close', 'Content-Type': 'application/json; charset=utf-8' })
  response.end(JSON.stringify({ errors: [{ message }] }))
  return true
}

/** Answers (and returns true) when the request is over a limit; otherwise leaves it alone. */
export function createRequestLimits(limits: RequestLimits & { apiRoute: string }) {
  return (request: IncomingMessage, response: ServerResponse): boolean => {
    const url = request.url ?? '/'
    if (Buffer.byteLength(url) > limits.urlBytes) {
      return refuse(response, 414, `The address is too long: at most ${limits.urlBytes} bytes.`)
    }
    const hasBody = request.headers['content-length'] !== undefined || request.headers['transfer-encoding'] !== undefined
    if (!hasBody) return false
    const declared = Number(request.headers['content-length'])
    if (request.headers['content-length'] === undefined || !Number.isSafeInteger(declared) || declared < 0) {
      return refuse(response, 411, 'A request body must come with its Content-Length.')
    }
    const type = String(request.headers['content-type'] ?? '')
    const path = url.split('?')[0]
    const max = path === `${limits.apiRoute}/graphql`
      ? limits.graphQLBytes
      : type.startsWith('multipart/form-data')
        ? limits.multipartBytes
        : limits.jsonBytes
    if (declared > max) {
      return refuse(response, 413, `The request body is too large: at most ${max} bytes here.`)
    }
    return false
  }
}
