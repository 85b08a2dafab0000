// Calls the app's REST and GraphQL handlers in-process with real Request objects: the same code
// the Next.js routes run, without a server.
import type { SanitizedConfig } from 'payload'

import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { handleEndpoints } from 'payload'

const origin = 'http://localhost:3000'

export interface ApiResponse<T = Record<string, unknown>> {
  body: T
  headers: Headers
  status: number
}

export function createApi(config: Promise<SanitizedConfig> | SanitizedConfig) {
  const graphql = GRAPHQL_POST(Promise.resolve(config))

  async function send<T>(method: string, path: string, init: { body?: BodyInit; headers?: Record<string, string>; token?: string } = {}) {
    const headers = new Headers(init.headers)
    if (init.token) headers.set('Authorization', `JWT ${init.token}`)
    const request = new Request(`${origin}/api${path}`, { body: init.body, headers, method })
    const response = await handleEndpoints({ config, request })
    const text = await response.text()
    // Pages (invitation links) answer HTML: their text is the body then.
    const json = (response.headers.get('content-type') ?? '').includes('json')
    const body = (json && text ? JSON.parse(text) : text && !json ? { text } : {}) as T
    return { body, headers: response.headers, status: response.status } satisfies ApiResponse<T>
  }

  /** The raw Response, for non-JSON bodies and headers. */
  async function fetchRaw(path: string, headers: Record<string, string> = {}): Promise<Response> {
    return handleEndpoints({ config, request: new Request(`${origin}/api${path}`, { headers }) })
  }

  return {
    fetchRaw,
    /** Any method, with a JSON body and headers of the caller's choosing. */
    request: <T = Record<string, unknown>>(method: string, path: string, init: { body?: unknown; headers?: Record<string, string> } = {}) =>
      send<T>(method, path, {
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
        headers: { ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }), ...init.headers },
      }),
    delete: (path: string, token?: string) => send('DELETE', path, { token }),
    get: <T = Record<string, unknown>>(path: string, token?: string) => send<T>('GET', path, { token }),
    async graphql<T = Record<string, unknown>>(query: string, token?: string): Promise<ApiResponse<T>> {
      const headers = new Headers({ 'Content-Type': 'application/json' })
      if (token) headers.set('Authorization', `JWT ${token}`)
      const response = await graphql(
        new Request(`${origin}/api/graphql`, { body: JSON.stringify({ query }), headers, method: 'POST' }),
      )
      return { body: (await response.json()) as T, headers: response.headers, status: response.status }
    },
    patch: (path: string, data: unknown, token?: string) =>
      send('PATCH', path, { body: JSON.stringify(data), headers: { 'Content-Type': 'application/json' }, token }),
    post: (path: string, data: unknown, token?: string) =>
      send('POST', path, { body: JSON.stringify(data), headers: { 'Content-Type': 'application/json' }, token }),
    postForm: (path: string, form: FormData, token?: string) => send('POST', path, { body: form, token }),
  }
}
