import type { Access, CollectionBeforeOperationHook, CollectionConfig, Config, Field, ImageSize, PayloadRequest } from 'payload'

import { describe, expect, it } from 'vitest'

import { talkNotesPlugin } from '../../src'
import { createSessionCardBlock } from '../../src/collections/Articles/editor'
import { sanitizePluginConfig } from '../../src/defaults'

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
  'schedule-imports',
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

  it("lets the admin's list views read only their columns, except speakers', and a host override say otherwise", () => {
    const config = talkNotesPlugin({
      collectionOverrides: { events: (collection) => ({ ...collection, admin: { ...collection.admin, enableListViewSelectAPI: false } }) },
    })(hostConfig())
    const selects = (slug: string) => config.collections?.find((collection) => collection.slug === slug)?.admin?.enableListViewSelectAPI
    expect(['talks', 'articles', 'event-series', 'audit-log'].map(selects)).toEqual([true, true, true, true])
    expect(selects('speakers')).toBeUndefined()
    expect(selects('events')).toBe(false)
    expect(selects('pages')).toBeUndefined()
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

  it("puts the site's name and logo in the admin, as components of adminComponentsPath given the branding", () => {
    const options = { branding: { logo: { url: '/logo.svg' }, siteName: 'PyCon Berlin' } }
    const config = talkNotesPlugin(options)(hostConfig())
    const { Icon, Logo } = config.admin?.components?.graphics ?? {}
    const { branding } = sanitizePluginConfig(options)
    expect(branding).toMatchObject({ logo: { alt: 'PyCon Berlin', url: '/logo.svg' }, siteName: 'PyCon Berlin' })
    expect(Logo).toEqual({ clientProps: { branding }, path: 'talk-notes/client#SiteLogo' })
    expect(Icon).toEqual({ clientProps: { branding }, path: 'talk-notes/client#SiteIcon' })
    expect(config.admin?.meta?.titleSuffix).toBe(' – PyCon Berlin')
  })

  it("keeps the host's own graphics, meta and other admin components", () => {
    const afterNavLinks = ['/src/NavLink#NavLink']
    const input = {
      ...hostConfig(),
      admin: { components: { afterNavLinks, graphics: { Logo: '/src/Logo#Logo' } }, meta: { titleSuffix: ' · Host' } },
    } as Config
    const config = talkNotesPlugin()(input)
    expect(config.admin?.components?.graphics?.Logo).toBe('/src/Logo#Logo')
    expect(config.admin?.components?.graphics?.Icon).toMatchObject({ path: 'talk-notes/client#SiteIcon' })
    expect(config.admin?.components?.afterNavLinks).toBe(afterNavLinks)
    expect(config.admin?.meta?.titleSuffix).toBe(' · Host')
  })

  it("shows each session's event in a speaker's sessions table, and only fields of the joined collection in every join's table", () => {
    const config = talkNotesPlugin({ slugs: { events: 'conference-events', speakers: 'people', talks: 'sessions' } })(hostConfig())
    const collections = config.collections ?? []
    // Names a list column can show: top-level fields, those in rows and collapsibles, and timestamps.
    const columnNames = (fields: Field[]): string[] =>
      fields.flatMap((field) => ('name' in field ? [field.name] : 'fields' in field ? columnNames(field.fields) : []))
    const joins = collections.flatMap((collection) =>
      collection.fields.filter((field) => field.type === 'join').map((field) => ({ field, owner: collection.slug })),
    )
    const withColumns = joins.filter(({ field }) => field.type === 'join' && field.admin?.defaultColumns?.length)
    expect(withColumns.length).toBeGreaterThanOrEqual(5)
    for (const { field, owner } of withColumns) {
      if (field.type !== 'join') continue
      const target = collections.find((collection) => collection.slug === field.collection)
      const columns = field.admin?.defaultColumns ?? []
      const known = [...columnNames(target?.fields ?? []), 'createdAt', 'updatedAt', 'id', ...(target?.auth ? ['email'] : [])]
      expect(columns.filter((column) => !known.includes(column)), `${owner}.${field.name}`).toEqual([])
    }
    const sessions = collections.find((collection) => collection.slug === 'people')?.fields.find((field) => 'name' in field && field.name === 'sessions')
    expect(sessions?.type === 'join' && sessions.admin?.defaultColumns?.slice(0, 2)).toEqual(['title', 'eventTitle'])
    // The event's title through the relationship, never stored: a speaker's admin has no events collection.
    const eventTitle = collections.find((collection) => collection.slug === 'sessions')?.fields.find((field) => 'name' in field && field.name === 'eventTitle')
    expect(eventTitle && 'virtual' in eventTitle && eventTitle.virtual).toBe('event.title')
  })

  it("shows an article's featured sessions with their times, right under the picker, from the app's sessions collection", () => {
    const config = talkNotesPlugin({ slugs: { talks: 'sessions' } })(hostConfig())
    const fields = config.collections?.find((collection) => collection.slug === 'articles')?.fields ?? []
    const names = fields.map((field) => ('name' in field ? field.name : null))
    const schedule = fields[names.indexOf('featuredSessions') + 1]
    expect(schedule).toMatchObject({
      name: 'featuredSessionsSchedule',
      type: 'ui',
      admin: { components: { Field: { clientProps: { sessionsSlug: 'sessions' }, path: 'talk-notes/client#FeaturedSessionsSchedule' } } },
    })
  })

  it("names a title, list columns and searchable fields of its own for every collection's list", () => {
    const config = talkNotesPlugin()(hostConfig())
    const fieldNames = (fields: Field[]): string[] =>
      fields.flatMap((field) => ('name' in field ? [field.name] : 'fields' in field ? fieldNames(field.fields) : []))
    for (const slug of pluginSlugs) {
      const collection = config.collections?.find((candidate) => candidate.slug === slug)
      // Payload adds these itself: timestamps, drafts' status, the auth and upload fields.
      const known = new Set([...fieldNames(collection?.fields ?? []), 'createdAt', 'updatedAt', 'id', '_status', 'email', 'filename'])
      const { defaultColumns = [], listSearchableFields = [], useAsTitle } = collection?.admin ?? {}
      expect(useAsTitle && known.has(useAsTitle), `${slug}.useAsTitle`).toBe(true)
      expect(defaultColumns.length, `${slug}.defaultColumns`).toBeGreaterThan(1)
      expect(listSearchableFields.length, `${slug}.listSearchableFields`).toBeGreaterThan(0)
      expect([...defaultColumns, ...listSearchableFields].filter((name) => !known.has(name)), slug).toEqual([])
    }
  })

  it('refuses a host collection that clashes with one of ours', () => {
    const input = { collections: [{ slug: 'talks', fields: [] }], secret: 'x' } as unknown as Config
    expect(() => talkNotesPlugin()(input)).toThrow(/already has a "talks" collection/)
  })

  it('refuses two collections on one slug and a bad upload limit', () => {
    expect(() => talkNotesPlugin({ slugs: { articles: 'talks' } })(hostConfig())).toThrow(/used for two collections/)
    expect(() => talkNotesPlugin({ maxUploadSize: 0 })(hostConfig())).toThrow(/maxUploadSize/)
  })

  it('names only collections of the app in every relationship and join, under custom slugs', () => {
    const slugs = {
      articles: 'conference-notes',
      auditLog: 'conference-audit',
      eventSeries: 'conference-series',
      events: 'conference-events',
      media: 'conference-media',
      organizations: 'companies',
      scheduleImports: 'conference-imports',
      speakers: 'people',
      talks: 'conference-talks',
      users: 'accounts',
      webhookDeliveries: 'hook-deliveries',
      webhooks: 'hooks',
    }
    const config = talkNotesPlugin({ slugs })(hostConfig())
    const present = new Set(config.collections?.map((collection) => collection.slug))
    const named: string[] = []
    const walk = (fields: Field[]) => {
      for (const field of fields) {
        if ('relationTo' in field) named.push(...[field.relationTo].flat())
        if (field.type === 'join') named.push(field.collection as string)
        if ('fields' in field) walk(field.fields)
        if (field.type === 'tabs') for (const tab of field.tabs) walk(tab.fields)
        if (field.type === 'blocks') for (const block of field.blocks ?? []) if (typeof block === 'object') walk(block.fields)
      }
    }
    for (const collection of config.collections ?? []) walk(collection.fields)
    walk(createSessionCardBlock(sanitizePluginConfig({ slugs })).fields)
    expect(named.length).toBeGreaterThan(15)
    expect(named.filter((slug) => !present.has(slug))).toEqual([])
    expect(present).toEqual(new Set(['pages', ...Object.values(slugs)]))
  })
})

describe('a host app with its own media collection', () => {
  const hostSizes: ImageSize[] = [
    { name: 'thumbnail', height: 300, width: 400 },
    // Same name as one of ours: the host's dimensions win.
    { name: 'card', height: 600, width: 900 },
  ]
  const hostBeforeOperation: CollectionBeforeOperationHook = ({ args }) => args
  const hostHeaders = ({ headers }: { headers: Headers }) => {
    headers.set('Cache-Control', 'public, max-age=60')
    headers.set('Content-Security-Policy', "default-src 'none'; sandbox; img-src 'self'")
    return headers
  }
  const onlyAdmins: Access = ({ req }) => (req.user as { role?: string } | null)?.role === 'admin'
  const hostMedia = (overrides: Partial<CollectionConfig> = {}): CollectionConfig => ({
    slug: 'media',
    access: { read: () => true },
    fields: [{ name: 'alt', type: 'text', required: true }, { name: 'caption', type: 'text' }],
    hooks: { afterChange: [hostHook], beforeOperation: [hostBeforeOperation] },
    upload: { imageSizes: hostSizes, mimeTypes: ['image/*', 'application/pdf'], modifyResponseHeaders: hostHeaders, staticDir: 'uploads' },
    ...overrides,
  })
  const mediaOf = (collections: CollectionConfig[], options = {}) => {
    const config = talkNotesPlugin(options)({ collections, secret: 'x' } as unknown as Config)
    const media = config.collections?.filter((collection) => collection.slug === 'media') ?? []
    expect(media).toHaveLength(1)
    return media[0]
  }
  const uploadOf = (collection: CollectionConfig) => (typeof collection.upload === 'object' ? collection.upload : {})
  const requestAs = (user: null | Record<string, unknown>) => ({ req: { user } as unknown as PayloadRequest })
  const speaker = { collection: 'users', id: 7, role: 'speaker', speaker: 3 }
  const editor = { collection: 'users', id: 8, role: 'editor' }
  const admin = { collection: 'users', id: 9, role: 'admin' }

  it('extends it in place instead of refusing it: its fields, hooks and upload settings kept', () => {
    const input = hostMedia()
    const media = mediaOf([{ slug: 'pages', fields: [] }, input])
    const names = media.fields.map((field) => ('name' in field ? field.name : null))
    expect(names).toEqual(['alt', 'caption'])
    expect(media.fields[0]).toMatchObject({ name: 'alt', required: true })
    expect(media.hooks?.afterChange?.[0]).toBe(hostHook)
    // Our upload checks run first; the host's own beforeOperation hook is still there, after them.
    const beforeOperation = media.hooks?.beforeOperation ?? []
    expect(beforeOperation.at(-1)).toBe(hostBeforeOperation)
    expect(beforeOperation.length).toBeGreaterThanOrEqual(4)
    expect(media.access?.read).toBe(input.access?.read)
    expect(uploadOf(media)).toMatchObject({ mimeTypes: ['image/*', 'application/pdf'], staticDir: 'uploads' })
  })

  it("adds the sizes the site reads that the host lacks, and keeps the host's sizes of the same name", () => {
    const sizes = uploadOf(mediaOf([hostMedia()])).imageSizes ?? []
    expect(sizes.map((size) => size.name)).toEqual(['thumbnail', 'card', 'avatarSmall', 'avatar', 'avatarLarge', 'social'])
    expect(sizes.find((size) => size.name === 'card')).toMatchObject({ height: 600, width: 900 })
    expect(sizes.find((size) => size.name === 'avatar')).toMatchObject({ height: 256, width: 256 })
    // `upload: true` has no settings of its own: it gets every size.
    const bare = uploadOf(mediaOf([hostMedia({ upload: true })]))
    expect(bare.imageSizes?.map((size) => size.name)).toEqual(['avatarSmall', 'avatar', 'avatarLarge', 'card', 'social'])
  })

  it('adds an optional alt field only where the host has none', () => {
    const media = mediaOf([hostMedia({ fields: [{ type: 'row', fields: [{ name: 'alt', type: 'textarea' }] }] })])
    expect(media.fields).toHaveLength(1)
    const without = mediaOf([hostMedia({ fields: [{ name: 'caption', type: 'text' }] })])
    expect(without.fields.map((field) => ('name' in field ? field.name : null))).toEqual(['caption', 'alt'])
    expect(without.fields[1]).toMatchObject({ required: false, type: 'text' })
  })

  it('refuses a media collection that is no upload collection, at start-up', () => {
    const input = { collections: [{ slug: 'media', fields: [] }], secret: 'x' } as unknown as Config
    expect(() => talkNotesPlugin()(input)).toThrow(/"media" exists but is not an upload collection/)
    // A media collection elsewhere is the host's own business once ours is renamed.
    expect(() => talkNotesPlugin({ slugs: { media: 'photos' } })(input)).not.toThrow()
  })

  it('never mutates the host collection, its upload settings or its sizes', () => {
    const input = deepFreeze(hostMedia())
    const before = JSON.stringify(input)
    const media = mediaOf([input])
    expect(JSON.stringify(input)).toBe(before)
    expect(hostSizes).toHaveLength(2)
    expect(media).not.toBe(input)
  })

  it("serves files inertly, with the host's response headers applied last", () => {
    const modify = uploadOf(mediaOf([hostMedia()])).modifyResponseHeaders
    const headers = modify?.({ headers: new Headers() }) as Headers
    expect(headers.get('X-Content-Type-Options')).toBe('nosniff')
    expect(headers.get('Cache-Control')).toBe('public, max-age=60')
    expect(headers.get('Content-Security-Policy')).toBe("default-src 'none'; sandbox; img-src 'self'")
    const plain = uploadOf(mediaOf([hostMedia({ upload: true })])).modifyResponseHeaders?.({ headers: new Headers() }) as Headers
    expect(plain.get('Content-Security-Policy')).toBe("default-src 'none'; sandbox")
  })

  it("lets a linked speaker upload where the host's access would not, and nothing more", async () => {
    const media = mediaOf([hostMedia({ access: { create: onlyAdmins, delete: onlyAdmins, read: () => true, update: onlyAdmins } })])
    const access = media.access ?? {}
    const allowed = async (operation: 'create' | 'delete' | 'update', user: null | Record<string, unknown>) =>
      Boolean(await access[operation]?.(requestAs(user) as never))
    expect(await allowed('create', speaker)).toBe(true)
    // An unlinked speaker gains nothing; the host's rule decides for everyone else, editors too.
    expect(await allowed('create', { ...speaker, speaker: null })).toBe(false)
    expect(await allowed('create', editor)).toBe(false)
    expect(await allowed('create', admin)).toBe(true)
    expect(await allowed('update', admin)).toBe(true)
    expect(await allowed('update', editor)).toBe(false)
    expect(await allowed('create', null)).toBe(false)
  })

  it("never lets a speaker update or delete media, even where the host's access lets any user", async () => {
    // The blank template's media: only `read`, so Payload's default (any signed-in user) for the rest.
    const access = mediaOf([hostMedia()]).access ?? {}
    const allowed = async (operation: 'create' | 'delete' | 'update', user: null | Record<string, unknown>) =>
      Boolean(await access[operation]?.(requestAs(user) as never))
    for (const operation of ['update', 'delete'] as const) {
      expect(await allowed(operation, speaker), operation).toBe(false)
      expect(await allowed(operation, editor), operation).toBe(true)
      // A user of another auth collection keeps what the host's rule gives it.
      expect(await allowed(operation, { collection: 'customers', id: 7, role: 'speaker' }), operation).toBe(true)
      expect(await allowed(operation, null), operation).toBe(false)
    }
    expect(await allowed('create', speaker)).toBe(true)
    expect(await allowed('create', null)).toBe(false)
  })
})

describe("the admin's groups", () => {
  // As Payload's groupNavItems does: a group takes the place of its first collection.
  const groupOrder = (config: Config) => [...new Set(config.collections?.map((collection) => collection.admin?.group ?? null))]
  const groupOf = (config: Config, slug: string) => config.collections?.find((collection) => collection.slug === slug)?.admin?.group

  it("shows the editors' content first, then media, the host's own groups, and the admins' tools last", () => {
    const input = {
      collections: [
        { slug: 'accounts', auth: true, fields: [] },
        { slug: 'pages', admin: { group: 'Site' }, fields: [] },
        { slug: 'uploads', fields: [], upload: true },
      ],
      secret: 'x',
    } as unknown as Config
    const config = talkNotesPlugin({ slugs: { media: 'uploads', users: 'accounts' } })(input)
    expect(groupOrder(config)).toEqual(['Content', 'Media', 'Site', 'Admin'])
    const slugsIn = (group: string) => config.collections?.filter((collection) => collection.admin?.group === group).map((c) => c.slug)
    expect(slugsIn('Content')).toEqual(['events', 'event-series', 'talks', 'speakers', 'organizations', 'articles', 'schedule-imports'])
    expect(slugsIn('Media')).toEqual(['uploads'])
    // The host's own users collection, extended by the plugin, is with the admins' tools.
    expect(slugsIn('Admin')).toEqual(['accounts', 'audit-log', 'webhooks', 'webhook-deliveries'])
  })

  it("keeps a host collection's own group, and lets collectionOverrides move ours", () => {
    const input = { collections: [{ slug: 'users', admin: { group: 'People' }, auth: true, fields: [] }], secret: 'x' } as unknown as Config
    const config = talkNotesPlugin({
      collectionOverrides: { scheduleImports: (collection) => ({ ...collection, admin: { ...collection.admin, group: 'Admin' } }) },
    })(input)
    expect(groupOf(config, 'users')).toBe('People')
    expect(groupOf(config, 'schedule-imports')).toBe('Admin')
    expect(groupOf(config, 'events')).toBe('Content')
  })

  it('lists the accounts to admins only (the others read their own, on the account page)', () => {
    const users = talkNotesPlugin()(hostConfig()).collections?.find((collection) => collection.slug === 'users')
    const hidden = users?.admin?.hidden
    const hiddenFor = (role: string) => (typeof hidden === 'function' ? hidden({ user: { collection: 'users', id: 1, role } as never }) : hidden)
    expect(['admin', 'editor', 'speaker'].map(hiddenFor)).toEqual([false, true, true])
  })
})
