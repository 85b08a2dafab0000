// One autocannon load of a URL, summarised the same way for every benchmark: requests per second,
// latency percentiles taken from every response's own time (autocannon's summary has no p95), and
// errors (connection errors, timeouts and non-2xx answers).
import autocannon from 'autocannon'

export interface LoadOptions {
  /** Per-request body (PATCH/POST); `slot` is the connection's number, 0..connections-1. */
  body?: (slot: number, sequence: number) => string
  connections: number
  duration: number
  headers?: Record<string, string>
  method?: 'GET' | 'PATCH' | 'POST'
  /** Per-request path and query, e.g. to make each request miss a cache. */
  path?: (slot: number, sequence: number) => string
  /** The origin plus the default path. */
  url: string
}

export interface LoadResult {
  /** Average bytes of an answer, headers included: what each request made the load generator read. */
  bytes: number
  errors: number
  p50: number
  p95: number
  p99: number
  requests: number
  rps: number
}

function percentile(sorted: number[], q: number): number {
  if (!sorted.length) return Number.NaN
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number
}

const round = (value: number) => Math.round(value * 10) / 10

export function load(options: LoadOptions): Promise<LoadResult> {
  const times: number[] = []
  let nextSlot = 0
  let sequence = 0
  const dynamic = options.path || options.body
  const requests: autocannon.Request[] | undefined = dynamic
    ? [
        {
          method: options.method ?? 'GET',
          setupRequest: (request, context) => {
            // autocannon keeps one context per connection: the connection's slot lives there.
            const own = context as { slot?: number }
            own.slot ??= nextSlot++
            sequence += 1
            return {
              ...request,
              ...(options.path ? { path: options.path(own.slot, sequence) } : {}),
              ...(options.body ? { body: options.body(own.slot, sequence) } : {}),
            }
          },
        },
      ]
    : undefined
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        connections: options.connections,
        duration: options.duration,
        headers: options.headers,
        method: options.method ?? 'GET',
        requests,
        url: options.url,
      },
      (error: unknown, result: autocannon.Result) => {
        if (error) {
          reject(error instanceof Error ? error : new Error(String(error)))
          return
        }
        times.sort((a, b) => a - b)
        resolve({
          bytes: Math.round(result.throughput.total / Math.max(1, result.requests.total)),
          errors: result.errors + result.non2xx,
          p50: round(percentile(times, 0.5)),
          p95: round(percentile(times, 0.95)),
          p99: round(percentile(times, 0.99)),
          requests: times.length,
          rps: round(times.length / options.duration),
        })
      },
    )
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime))
  })
}
