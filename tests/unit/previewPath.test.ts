// The preview routes' redirect target: only relative paths on the site itself, whatever the spelling.
import { describe, expect, it } from 'vitest'

import { checkPreviewPath } from '../../src/utilities/previewPath'

const site = 'https://notes.example'

// Each would send the browser to another host, run script, or break the Location header.
const hostile: [string, RegExp][] = [
  ['/\\evil.example', /backslash/],
  ['/\\/evil.example', /backslash/],
  ['\\\\evil.example', /backslash/],
  ['/\t/evil.example', /control characters/],
  ['/\n/evil.example', /control characters/],
  ['/a\r\nSet-Cookie: x=1', /control characters/],
  ['/\u0000', /control characters/],
  ['/\u007F', /control characters/],
  ['//evil.example', /single "\/"/],
  ['///evil.example', /single "\/"/],
  ['/%2F%2Fevil.example', /single "\/"/],
  ['/%2f/evil.example', /single "\/"/],
  ['/%5Cevil.example', /single "\/"/],
  ['https://evil.example', /single "\/"/],
  ['http:evil.example', /single "\/"/],
  ['javascript:alert(1)', /single "\/"/],
  ['JaVaScRiPt:alert(1)', /single "\/"/],
  ['data:text/html,<script>alert(1)</script>', /single "\/"/],
  ['evil.example', /single "\/"/],
  [' /notes', /single "\/"/],
  ['', /single "\/"/],
  ['/.//evil.example', /stay on this site/],
  ['/a/..//evil.example', /stay on this site/],
  ['/%2e//evil.example', /stay on this site/],
]

describe('checkPreviewPath', () => {
  it.each(hostile)('refuses %j, naming the rule', (input, rule) => {
    const check = checkPreviewPath(input, site)
    expect(check.valid).toBe(false)
    if (!check.valid) {
      expect(check.rule).toMatch(/^path must /)
      expect(check.rule).toMatch(rule)
    }
  })

  it.each([
    ['/', '/'],
    ['/notes/a-note', '/notes/a-note'],
    ['/notes?q=rust&speaker=ada', '/notes?q=rust&speaker=ada'],
    ['/events/sl-2024#session-keynote', '/events/sl-2024#session-keynote'],
    ['/events/x?draft=1#top', '/events/x?draft=1#top'],
    ['/événement', '/%C3%A9v%C3%A9nement'],
    ['/notes?q=café', '/notes?q=caf%C3%A9'],
    ['/a b', '/a%20b'],
    ['/a/../b', '/b'],
    ['/a/%2F/b', '/a/%2F/b'],
  ])('accepts %j as %j', (input, path) => {
    expect(checkPreviewPath(input, site)).toEqual({ path, valid: true })
  })

  it('resolves against the site whatever its own path and port are', () => {
    expect(checkPreviewPath('/notes', 'http://localhost:3000/admin')).toEqual({ path: '/notes', valid: true })
  })

  it('returns a path that resolves to the site origin for every accepted input', () => {
    for (const input of ['/x', '/événement', '/a?b=c#d', '/.//evil.example', '/./\u00A0/evil.example']) {
      const check = checkPreviewPath(input, site)
      if (check.valid) expect(new URL(check.path, 'https://other.example').origin).toBe('https://other.example')
    }
  })
})

describe('GET /next/exit-preview', () => {
  it.each(['/\\evil.example', '/\t/evil.example', '//evil.example', '/a\r\nx: y', 'https://evil.example'])(
    'answers 400 naming path for %j, before touching draft mode',
    async (path) => {
      const { GET } = await import('../../demo/app/(preview)/next/exit-preview/route')
      const url = `http://localhost:3000/next/exit-preview?path=${encodeURIComponent(path)}`
      const response = await GET(new Request(url))
      expect(response.status).toBe(400)
      const body = (await response.json()) as { errors: { field: string; message: string }[] }
      expect(body.errors[0].field).toBe('path')
      expect(body.errors[0].message).toMatch(/^path must /)
    },
  )
})
