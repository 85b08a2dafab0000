// Between node:http and the web Request/Response that Payload's REST handler takes and answers:
// for npm start's REST fast path and the bench harness. Nothing of Next.js here.
import type { IncomingMessage, ServerResponse } from 'node:http'

import { Readable } from 'node:stream'

const bodiless = new Set(['GET', 'HEAD'])

/** A node:http request as a web Request on `origin`, its body streamed. */
export function toRequest(request: IncomingMessage, origin: string): Request {
  const headers = new Headers()
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined) continue
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item)
  }
  const method = request.method ?? 'GET'
  return new Request(new URL(request.url ?? '/', origin), {
    body: bodiless.has(method) ? undefined : (Readable.toWeb(request) as ReadableStream<Uint8Array>),
    duplex: 'half',
    headers,
    method,
  } as RequestInit)
}

/** Writes a web Response to a node:http response (every Set-Cookie header kept). */
export async function send(answer: Response, request: IncomingMessage, response: ServerResponse) {
  response.statusCode = answer.status
  for (const [name, value] of answer.headers) {
    if (name !== 'set-cookie') response.setHeader(name, value)
  }
  const cookies = answer.headers.getSetCookie()
  if (cookies.length > 0) response.setHeader('set-cookie', cookies)
  if (!answer.body || request.method === 'HEAD') {
    response.end()
    return
  }
  response.end(Buffer.from(await answer.arrayBuffer()))
}
