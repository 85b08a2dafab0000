// The `routes` option: one place that builds the public URL of each kind of page, absolute on siteUrl.
import type { Config } from 'payload'

import { describe, expect, it } from 'vitest'

import { sanitizePluginConfig, talkNotesOptionsOf, talkNotesPlugin } from '../../src'
import { lexicalToHtml } from '../../src/formats/html'

describe('routes', () => {
  it("keeps the demo site's URLs by default, with slugs escaped", () => {
    const { urls } = sanitizePluginConfig({ siteUrl: 'https://conf.example/' })
    expect(urls.article({ slug: 'a-note' })).toBe('https://conf.example/notes/a-note')
    expect(urls.event({ slug: 'net-2024' })).toBe('https://conf.example/events/net-2024')
    expect(urls.session({ slug: 'q&a' }, { slug: 'net-2024' })).toBe('https://conf.example/events/net-2024#session-q%26a')
    expect(urls.speaker({ slug: 'ying-zhang' })).toBe('https://conf.example/speakers/ying-zhang')
    expect(urls.notes({})).toBe('https://conf.example/notes')
    expect(urls.notes({ series: 'networking-scale' })).toBe('https://conf.example/notes?series=networking-scale')
    expect(urls.preview('/notes/a-note')).toBe('https://conf.example/next/preview?path=%2Fnotes%2Fa-note')
  })

  it("builds a host's own URLs, on the site's base path, and takes absolute URLs as they are", () => {
    const { urls } = sanitizePluginConfig({
      routes: {
        article: ({ slug }) => `/blog/${slug}`,
        session: (session, event) => `/program/${event.slug}/${session.slug}`,
        speaker: ({ slug }) => `https://people.example/${slug}`,
      },
      siteUrl: 'https://example.org/conference',
    })
    expect(urls.article({ slug: 'a-note' })).toBe('https://example.org/conference/blog/a-note')
    expect(urls.session({ slug: 'keynote' }, { slug: 'net-2024' })).toBe('https://example.org/conference/program/net-2024/keynote')
    expect(urls.speaker({ slug: 'ying' })).toBe('https://people.example/ying')
    // The routes not given keep their defaults.
    expect(urls.event({ slug: 'net-2024' })).toBe('https://example.org/conference/events/net-2024')
  })

  it('refuses a route that is not a function, and names a route that answers no URL', () => {
    expect(() => sanitizePluginConfig({ routes: { article: '/notes' as never } })).toThrow(/routes\.article must be a function/)
    const { urls } = sanitizePluginConfig({ routes: { event: () => '' } })
    expect(() => urls.event({ slug: 'x' })).toThrow(/routes\.event must return a path or a URL/)
  })

  it('points session cards in rich text at the session route', () => {
    const state = {
      root: {
        children: [
          {
            fields: {
              blockType: 'sessionCard',
              session: { endsAt: '2024-09-11T17:30:00.000Z', event: { slug: 'net-2024', timezone: 'UTC' }, slug: 'keynote', startsAt: '2024-09-11T17:00:00.000Z', title: 'Keynote' },
            },
            format: '',
            type: 'block',
            version: 2,
          },
        ],
        direction: null,
        format: '',
        indent: 0,
        type: 'root',
        version: 1,
      },
    }
    const html = lexicalToHtml(state as never, {
      sessionUrl: (session, event) => `https://example.org/program/${event.slug}/${session.slug}`,
      siteUrl: 'https://example.org',
    })
    expect(html).toContain('href="https://example.org/program/net-2024/keynote"')
  })

  it("keeps the resolved options in the config's server-only custom, for loaders given only a Payload instance", () => {
    const config = talkNotesPlugin({ routes: { article: ({ slug }) => `/blog/${slug}` }, siteUrl: 'https://example.org' })({
      collections: [],
      secret: 'x',
    } as unknown as Config)
    const options = talkNotesOptionsOf({ config } as never)
    expect(options.urls.article({ slug: 'n' })).toBe('https://example.org/blog/n')
    expect(() => talkNotesOptionsOf({ config: { custom: {} } } as never)).toThrow(/no talkNotesPlugin/)
  })
})
