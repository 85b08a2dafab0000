// The demo's response headers as Next.js applies them: each rule's source compiled the way Next
// compiles it for the routes manifest, every matching rule applied in order.
import { buildCustomRoute } from 'next/dist/lib/build-custom-route'
import { describe, expect, it } from 'vitest'

import nextConfig from '../../demo/next.config.mjs'

interface HeaderRule {
  headers: { key: string; value: string }[]
  source: string
}

async function headersFor(pathname: string): Promise<Record<string, string>> {
  const rules = ((await nextConfig.headers?.()) ?? []) as HeaderRule[]
  const applied: Record<string, string> = {}
  for (const rule of rules) {
    const { regex } = buildCustomRoute('header', rule)
    if (!new RegExp(regex).test(pathname)) continue
    for (const { key, value } of rule.headers) applied[key.toLowerCase()] = value
  }
  return applied
}

describe('next.config.mjs headers', () => {
  it.each(['/admin', '/admin/', '/admin/collections/x', '/admin/collections/articles/12'])(
    'lets only the site itself frame %s',
    async (pathname) => {
      const headers = await headersFor(pathname)
      expect(headers['x-frame-options']).toBe('SAMEORIGIN')
      expect(headers['content-security-policy']).toBe("frame-ancestors 'self'")
    },
  )

  const sitePaths = ['/', '/notes/a-note', '/events/sl-2024']
  it.each(sitePaths)('leaves %s framable by the admin for Live Preview', async (pathname) => {
    const headers = await headersFor(pathname)
    expect(headers['x-frame-options'] ?? 'SAMEORIGIN').toBe('SAMEORIGIN')
    expect(headers['content-security-policy'] ?? '').not.toMatch(/frame-ancestors 'none'/)
    expect(headers['x-content-type-options']).toBe('nosniff')
  })
})
