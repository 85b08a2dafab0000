// Fetches a schedule an editor names by URL. The server makes the request, so it must not become a
// way into the server's own network: http(s) only, public addresses only (checked on the address
// actually connected to, for every redirect, so DNS tricks do not help), bounded in size and time.
import type { LookupFunction } from 'node:net'

import { lookup as dnsLookup } from 'node:dns'
import http from 'node:http'
import https from 'node:https'
import { BlockList, isIP } from 'node:net'

export interface FetchLimits {
  allowPrivateAddresses: boolean
  maxBytes: number
  timeoutMs: number
}

/** The URL cannot be imported from; the message says why, in words for the editor. */
export class ScheduleFetchError extends Error {}

const maxRedirects = 5

// Addresses that are not the public internet (IANA special-purpose registries).
const reserved = new BlockList()
for (const [network, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24],
  ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) {
  reserved.addSubnet(network, prefix, 'ipv4')
}
for (const [network, prefix] of [
  ['::', 128], ['::1', 128], ['64:ff9b::', 96], ['100::', 64], ['2001:db8::', 32],
  ['fc00::', 7], ['fe80::', 10], ['ff00::', 8],
] as const) {
  reserved.addSubnet(network, prefix, 'ipv6')
}

export function isPublicAddress(address: string): boolean {
  // An IPv4-mapped IPv6 address is the IPv4 address it carries. (A ::ffff:0:0/96 rule in the list
  // would match every IPv4 address: BlockList compares IPv4 as mapped IPv6.)
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
  if (mapped) return isPublicAddress(mapped[1])
  if (/^::ffff:[0-9a-f]{1,4}:[0-9a-f]{1,4}$/i.test(address)) return false
  const family = isIP(address)
  if (family === 0) return false
  return !reserved.check(address, family === 4 ? 'ipv4' : 'ipv6')
}

function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0)
      const list = addresses as Array<{ address: string; family: number }>
      const usable = allowPrivate ? list : list.filter((entry) => isPublicAddress(entry.address))
      if (usable.length === 0) {
        return callback(new ScheduleFetchError(`${hostname} is a private or internal address`), '', 0)
      }
      if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: typeof usable) => void)(null, usable)
      callback(null, usable[0].address, usable[0].family)
    })
  }
}

function checkUrl(raw: string, limits: FetchLimits): URL {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new ScheduleFetchError(`"${raw}" is not a URL`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ScheduleFetchError(`"${raw}" is not an http(s) URL`)
  }
  if (url.username || url.password) throw new ScheduleFetchError(`"${raw}" must not hold a user name or password`)
  const host = url.hostname.replace(/^\[|\]$/g, '')
  if (!limits.allowPrivateAddresses && isIP(host) !== 0 && !isPublicAddress(host)) {
    throw new ScheduleFetchError(`"${raw}" points to a private or internal address`)
  }
  return url
}

function getOnce(url: URL, limits: FetchLimits, deadline: number): Promise<{ body?: string; location?: string; status: number }> {
  const client = url.protocol === 'https:' ? https : http
  return new Promise((resolve, reject) => {
    const remaining = Math.max(1, deadline - Date.now())
    const request = client.get(
      url,
      {
        headers: { accept: 'application/json, application/xml, text/xml, text/csv, */*;q=0.5', 'user-agent': 'talk-notes schedule import' },
        lookup: guardedLookup(limits.allowPrivateAddresses),
        timeout: remaining,
      },
      (response) => {
        const status = response.statusCode ?? 0
        if (status >= 300 && status < 400 && response.headers.location) {
          response.resume()
          resolve({ location: response.headers.location, status })
          return
        }
        const declared = Number(response.headers['content-length'] ?? 0)
        if (declared > limits.maxBytes) {
          request.destroy()
          reject(new ScheduleFetchError(`the schedule is larger than ${limits.maxBytes} bytes`))
          return
        }
        const parts: Buffer[] = []
        let size = 0
        response.on('data', (chunk: Buffer) => {
          size += chunk.length
          if (size > limits.maxBytes) {
            request.destroy(new ScheduleFetchError(`the schedule is larger than ${limits.maxBytes} bytes`))
            return
          }
          parts.push(chunk)
        })
        response.on('end', () => resolve({ body: Buffer.concat(parts).toString('utf8'), status }))
        response.on('error', reject)
      },
    )
    const timer = setTimeout(() => request.destroy(new ScheduleFetchError(`no answer within ${limits.timeoutMs / 1000} s`)), remaining)
    request.on('timeout', () => request.destroy(new ScheduleFetchError(`no answer within ${limits.timeoutMs / 1000} s`)))
    request.on('error', (error) => {
      clearTimeout(timer)
      reject(error instanceof ScheduleFetchError ? error : new ScheduleFetchError(`could not be fetched (${error.message})`))
    })
    request.on('close', () => clearTimeout(timer))
  })
}

/** The schedule at `raw`, as text; a ScheduleFetchError says why not. */
export async function fetchSchedule(raw: string, limits: FetchLimits): Promise<string> {
  const deadline = Date.now() + limits.timeoutMs
  let url = checkUrl(raw, limits)
  for (let hop = 0; hop <= maxRedirects; hop += 1) {
    const answer = await getOnce(url, limits, deadline)
    if (answer.location) {
      url = checkUrl(new URL(answer.location, url).toString(), limits)
      continue
    }
    if (answer.status !== 200) throw new ScheduleFetchError(`${url.toString()} answered HTTP ${answer.status}`)
    return answer.body ?? ''
  }
  throw new ScheduleFetchError(`${raw} redirects more than ${maxRedirects} times`)
}
