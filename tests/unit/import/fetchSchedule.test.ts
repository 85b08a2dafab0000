// Fetching a schedule by URL: only http(s), only public addresses (also after a redirect), bounded
// in size and time. Against real loopback servers started here.
import type { AddressInfo } from 'node:net'

import http from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { fetchSchedule, isPublicAddress } from '../../../src/import/fetchSchedule'

let server: http.Server
let base: string

const open = { allowPrivateAddresses: true, maxBytes: 1000, timeoutMs: 2000 }
const guarded = { ...open, allowPrivateAddresses: false }

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (req.url === '/schedule.xml') return res.end('<schedule/>')
    if (req.url === '/big') return res.end('x'.repeat(5000))
    if (req.url === '/slow') return setTimeout(() => res.end('late'), 5000)
    if (req.url === '/redirect') {
      res.writeHead(302, { location: '/schedule.xml' })
      return res.end()
    }
    res.writeHead(404)
    res.end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(() => {
  server.closeAllConnections()
  server.close()
})

describe('fetchSchedule', () => {
  it('fetches a schedule and follows a redirect', async () => {
    expect(await fetchSchedule(`${base}/schedule.xml`, open)).toBe('<schedule/>')
    expect(await fetchSchedule(`${base}/redirect`, open)).toBe('<schedule/>')
  })

  it('refuses loopback, private and link-local addresses unless allowed', async () => {
    await expect(fetchSchedule(`${base}/schedule.xml`, guarded)).rejects.toThrow(/private or internal address/)
    await expect(fetchSchedule('http://localhost:9/schedule.xml', guarded)).rejects.toThrow(/private or internal address/)
    await expect(fetchSchedule('http://169.254.169.254/latest/meta-data', guarded)).rejects.toThrow(/private or internal/)
    await expect(fetchSchedule('http://[::1]:9/', guarded)).rejects.toThrow(/private or internal/)
    for (const address of ['10.1.2.3', '192.168.1.1', '172.20.0.1', '100.64.0.1', 'fd00::1', 'fe80::1', '::ffff:127.0.0.1']) {
      expect(isPublicAddress(address), address).toBe(false)
    }
    expect(isPublicAddress('93.184.215.14')).toBe(true)
    expect(isPublicAddress('2606:4700::1111')).toBe(true)
  })

  it('refuses schemes other than http(s) and URLs with credentials', async () => {
    await expect(fetchSchedule('file:///etc/passwd', open)).rejects.toThrow(/not an http\(s\) URL/)
    await expect(fetchSchedule('ftp://example.org/schedule.xml', open)).rejects.toThrow(/not an http\(s\) URL/)
    await expect(fetchSchedule('http://user:secret@example.org/', open)).rejects.toThrow(/user name or password/)
    await expect(fetchSchedule('not a url', open)).rejects.toThrow(/is not a URL/)
  })

  it('stops at the size limit, at the time limit, and on an error status', async () => {
    await expect(fetchSchedule(`${base}/big`, open)).rejects.toThrow(/larger than 1000 bytes/)
    await expect(fetchSchedule(`${base}/slow`, { ...open, timeoutMs: 300 })).rejects.toThrow(/no answer within 0.3 s/)
    await expect(fetchSchedule(`${base}/missing`, open)).rejects.toThrow(/answered HTTP 404/)
  })
})
