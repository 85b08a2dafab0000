// Upload by URL (`url` and `filename` in the body): the same size, markup and pixel checks as a file
// sent in the request, and a 400 naming `url` when the URL is refused or unreachable.
import type { AddressInfo } from 'node:net'
import type { Payload } from 'payload'

import { createServer, type Server } from 'node:http'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createUser, tokenOf } from '../helpers/fixtures'
import { createApi } from '../helpers/http'
import { getTestPayload, loadTestConfig } from '../helpers/payload'

type ErrorBody = { errors?: Array<{ data?: { errors?: Array<{ message: string; path: string }> }; message: string }> }

let payload: Payload
let api: ReturnType<typeof createApi>
let token: string
let server: Server
let origin: string
const files = new Map<string, Buffer>()

function fieldErrors(body: unknown): Array<{ message: string; path: string }> {
  return ((body as ErrorBody).errors ?? []).flatMap((error) => error.data?.errors ?? [])
}

async function mediaCount(): Promise<number> {
  return (await payload.count({ collection: 'media' })).totalDocs
}

beforeAll(async () => {
  payload = await getTestPayload()
  api = createApi(await loadTestConfig())
  const editor = await createUser(payload, 'editor')
  token = await tokenOf(payload, editor)

  const png = await sharp({ create: { background: '#336699', channels: 3, height: 64, width: 64 } }).png().toBuffer()
  files.set('/photo.png', png)
  files.set('/polyglot.png', Buffer.concat([png, Buffer.from('<html><script>alert(1)</script></html>')]))
  files.set(
    '/big.png',
    await sharp({
      create: { background: '#000', channels: 3, height: 1600, noise: { mean: 128, sigma: 60, type: 'gaussian' }, width: 1600 },
    })
      .png({ compressionLevel: 0 })
      .toBuffer(),
  )
  files.set('/bomb.png', await sharp({ create: { background: '#fff', channels: 3, height: 7000, width: 7000 } }).png().toBuffer())
  server = createServer((request, response) => {
    const body = files.get(request.url ?? '')
    if (!body) return response.writeHead(404).end()
    response.writeHead(200, { 'Content-Type': 'image/png' }).end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  // Loopback is a private address, which Payload's fetch refuses: the test server is allowed the way
  // a host allows its own CDN, through the upload's pasteURL allow list.
  const media = payload.collections.media.config
  media.upload = { ...media.upload, pasteURL: { allowList: [{ hostname: '127.0.0.1', protocol: 'http' }] } }
})

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  await payload.destroy()
})

describe('upload by URL', () => {
  it('stores an allowed image fetched from its URL', async () => {
    const response = await api.post('/media', { alt: 'by url', filename: 'photo.png', url: `${origin}/photo.png` }, token)
    expect(response.status).toBe(201)
    const doc = (response.body as { doc: { id: number; mimeType: string; width: number } }).doc
    expect(doc).toMatchObject({ mimeType: 'image/png', width: 64 })
    await payload.delete({ collection: 'media', id: doc.id })
  })

  it.each([
    ['/polyglot.png', /HTML, SVG or script markup/],
    ['/big.png', /larger than 5 MB/],
    ['/bomb.png', /megapixels/],
  ])('refuses %s with a 400 naming the file, and stores nothing', async (path, pattern) => {
    const before = await mediaCount()
    const response = await api.post('/media', { alt: 'by url', filename: 'x.png', url: `${origin}${path}` }, token)
    expect(response.status).toBe(400)
    const errors = fieldErrors(response.body)
    expect(errors.map((error) => error.path)).toContain('file')
    expect(JSON.stringify(errors)).toMatch(pattern)
    expect(await mediaCount()).toBe(before)
  })

  it.each([
    ['http://169.254.169.254/latest/meta-data/', /private or internal address/],
    ['http://localhost/photo.png', /private or internal address/],
    ['http://10.1.2.3/photo.png', /private or internal address/],
    ['file:///etc/passwd', /valid http\(s\) URL/],
    ['http://127.0.0.1:1/photo.png', /could not be fetched/],
  ])('answers %s with a 400 naming url', async (url, pattern) => {
    const before = await mediaCount()
    const response = await api.post('/media', { alt: 'by url', filename: 'x.png', url }, token)
    expect(response.status).toBe(400)
    const errors = fieldErrors(response.body)
    expect(errors.map((error) => error.path)).toEqual(['url'])
    expect(errors[0].message).toMatch(pattern)
    expect(await mediaCount()).toBe(before)
  })

  it('answers a missing file at an allowed URL with a 400 naming url', async () => {
    const response = await api.post('/media', { alt: 'by url', filename: 'x.png', url: `${origin}/missing.png` }, token)
    expect(response.status).toBe(400)
    expect(fieldErrors(response.body).map((error) => error.path)).toEqual(['url'])
  })

  it.each([
    // Off the allow list this test sets up: refused by Payload's own check.
    ['http://169.254.169.254/latest/meta-data/', /not allowed/],
    // On it, but nothing listens there: the fetch fails (it was a 500).
    ['http://127.0.0.1:1/photo.png', /could not be fetched/],
  ])("answers the admin's paste-url proxy for %s with a 400, not a 500", async (src, pattern) => {
    const response = await api.get<{ errors: Array<{ message: string }> }>(`/media/paste-url?src=${encodeURIComponent(src)}`, token)
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toMatch(pattern)
  })
})
