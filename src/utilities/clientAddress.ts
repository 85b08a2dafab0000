import type { PayloadRequest } from 'payload'

/**
 * The default `clientAddress`: the right-most `X-Forwarded-For` entry is the one the nearest proxy
 * appended (entries to its left come from the client and can be anything), else `X-Real-IP`.
 */
export function defaultClientAddress(req: PayloadRequest): null | string {
  const forwarded = req.headers.get('x-forwarded-for')
  const last = forwarded
    ?.split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .at(-1)
  return last || req.headers.get('x-real-ip')?.trim() || null
}
