// npm start's server refuses oversized requests before anything reads them.
import { createServer, request as httpRequest, type Server } from 'node:http'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { createRequestLimits, requestLimitsFor } from '../../demo/server/requestLimits'

let server: Server
let port: number
const limits = requestLimitsFor(5_000_000)

beforeAll(async () => {
  const limit = createRequestLimits(limits)
  server = createServer((request, response) => {
    if (limit(request, response)) return
    request.resume()
    request.on('end', () => response.end('passed'))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as { port: number }).port
})

afterAll(() => new Promise((resolve) => server.close(resolve)))

function send(path: string, headers: Record<string, string>, body?: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest({ headers, host: '127.0.0.1', method: body === undefined ? 'GET' : 'POST', path, port }, (response) => {
      let text = ''
      response.on('data', (chunk) => (text += chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, text }))
    })
    outgoing.on('error', reject)
    if (body !== undefined) outgoing.write(body)
    outgoing.end()
  })
}

it('lets ordinary requests through', async () => {
  expect(await send('/api/talks?limit=10', {})).toEqual({ status: 200, text: 'passed' })
  const json = JSON.stringify({ title: 'x' })
  expect((await send('/api/articles', { 'Content-Length': String(json.length), 'Content-Type': 'application/json' }, json)).status).toBe(200)
})

it('refuses an address over 8 KB with a 414', async () => {
  const response = await send(`/api/talks?where[title][like]=${'a'.repeat(9000)}`, {})
  expect(response.status).toBe(414)
  expect(response.text).toMatch(/too long/)
})

it('refuses a body without a length with a 411, and one over the route limit with a 413', async () => {
  expect((await send('/api/articles', { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' }, '{}')).status).toBe(411)
  const query = JSON.stringify({ query: `{ ${'a'.repeat(limits.graphQLBytes)} }` })
  const graphql = await send('/api/graphql', { 'Content-Length': String(query.length), 'Content-Type': 'application/json' }, query)
  expect(graphql.status).toBe(413)
  expect(graphql.text).toMatch(/at most 100000 bytes/)
  // Only the declared length is read: nothing of the body is needed to refuse it.
  const declared = { 'Content-Length': String(limits.multipartBytes + 1), 'Content-Type': 'multipart/form-data; boundary=x' }
  expect((await send('/api/media', declared, '')).status).toBe(413)
})
