import type { CollectionConfig, Config } from 'payload'

import { describe, expect, it } from 'vitest'

import { talkNotesPlugin } from '../../src'

const pluginSlugs = [
  'event-series',
  'events',
  'talks',
  'speakers',
  'organizations',
  'articles',
  'media',
  'users',
  'audit-log',
  'webhooks',
  'webhook-deliveries',
]

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key])
  }
  return value
}

const hostHook = () => undefined
const hostConfig = (): Config =>
  ({
    collections: [
      { slug: 'pages', fields: [{ name: 'title', type: 'text' }], hooks: { afterChange: [hostHook] } },
    ],
    secret: 'x',
  }) as unknown as Config

describe('talkNotesPlugin', () => {
  it('adds every talk-notes collection under its default slug', () => {
    const config = talkNotesPlugin()(hostConfig())
    const slugs = config.collections?.map((collection) => collection.slug)
    expect(slugs).toEqual(expect.arrayContaining(pluginSlugs))
    expect(slugs).toHaveLength(pluginSlugs.length + 1)
    expect(config.admin?.user).toBe('users')
  })

  it("keeps the host's own collections and their hooks", () => {
    const config = talkNotesPlugin()(hostConfig())
    const pages = config.collections?.find((collection) => collection.slug === 'pages')
    expect(pages?.hooks?.afterChange).toEqual([hostHook])
    expect(pages?.fields).toEqual([{ name: 'title', type: 'text' }])
  })

  it('does not mutate its input config or its options', () => {
    const input = deepFreeze(hostConfig())
    const options = deepFreeze({ slugs: { articles: 'notes' } })
    const before = JSON.stringify(input)
    expect(() => talkNotesPlugin(options)(input)).not.toThrow()
    expect(JSON.stringify(input)).toBe(before)
  })

  it('extends a host users collection instead of adding a second one', () => {
    const hostUsers: CollectionConfig = {
      slug: 'users',
      auth: true,
      fields: [{ name: 'nickname', type: 'text' }],
      hooks: { beforeChange: [hostHook] },
    }
    const input = deepFreeze({ collections: [hostUsers], secret: 'x' } as unknown as Config)
    const config = talkNotesPlugin()(input)
    const users = config.collections?.filter((collection) => collection.slug === 'users') ?? []
    expect(users).toHaveLength(1)
    const fieldNames = users[0].fields.map((field) => ('name' in field ? field.name : null))
    expect(fieldNames).toEqual(['nickname', 'role', 'speaker'])
    expect(users[0].hooks?.beforeChange?.[0]).toBe(hostHook)
    expect(hostUsers.fields).toHaveLength(1)
  })

  it('uses custom slugs in relationships', () => {
    const config = talkNotesPlugin({ slugs: { talks: 'sessions' } })(hostConfig())
    const articles = config.collections?.find((collection) => collection.slug === 'articles')
    const featured = articles?.fields.find((field) => 'name' in field && field.name === 'featuredSessions')
    expect(featured && 'relationTo' in featured ? featured.relationTo : null).toBe('sessions')
  })

  it('applies collection overrides to the generated collection', () => {
    const config = talkNotesPlugin({
      collectionOverrides: {
        speakers: (collection) => ({ ...collection, fields: [...collection.fields, { name: 'pronouns', type: 'text' }] }),
      },
    })(hostConfig())
    const speakers = config.collections?.find((collection) => collection.slug === 'speakers')
    expect(speakers?.fields.some((field) => 'name' in field && field.name === 'pronouns')).toBe(true)
  })

  it('points article previews at the site only when live preview is on', () => {
    const articlesOf = (config: Config) => config.collections?.find((collection) => collection.slug === 'articles')
    expect(articlesOf(talkNotesPlugin()(hostConfig()))?.admin?.livePreview).toBeUndefined()
    const on = articlesOf(talkNotesPlugin({ livePreview: true, siteUrl: 'https://notes.example' })(hostConfig()))
    const url = on?.admin?.livePreview?.url
    const resolved = typeof url === 'function' ? url({ data: { slug: 'a-note' } } as never) : url
    expect(resolved).toBe('https://notes.example/next/preview?path=%2Fnotes%2Fa-note')
  })

  it('points the speaker review panel at adminComponentsPath, the import map key', () => {
    const panelOf = (config: Config) => {
      const speakers = config.collections?.find((collection) => collection.slug === 'speakers')
      const field = speakers?.fields.find((candidate) => 'name' in candidate && candidate.name === 'reviewPanel')
      return (field as { admin?: { components?: { Field?: unknown } } } | undefined)?.admin?.components?.Field
    }
    expect(panelOf(talkNotesPlugin()(hostConfig()))).toBe('talk-notes/client#SpeakerReviewPanel')
    expect(panelOf(talkNotesPlugin({ adminComponentsPath: '/src/admin/SpeakerReviewPanel/' })(hostConfig()))).toBe(
      '/src/admin/SpeakerReviewPanel#SpeakerReviewPanel',
    )
  })

  it('refuses a host collection that clashes with one of ours', () => {
    const input = { collections: [{ slug: 'talks', fields: [] }], secret: 'x' } as unknown as Config
    expect(() => talkNotesPlugin()(input)).toThrow(/already has a "talks" collection/)
  })

  it('refuses two collections on one slug and a bad upload limit', () => {
    expect(() => talkNotesPlugin({ slugs: { articles: 'talks' } })(hostConfig())).toThrow(/used for two collections/)
    expect(() => talkNotesPlugin({ maxUploadSize: 0 })(hostConfig())).toThrow(/maxUploadSize/)
  })
})
