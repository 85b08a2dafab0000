import type { CollectionConfig } from 'payload'

import type { SanitizedTalkNotesPluginConfig } from '../../types.ts'

import { hiddenFromSpeakers } from '../../access/hiddenFromSpeakers.ts'
import { isEditor } from '../../access/isEditor.ts'
import { publishedOrEditor } from '../../access/publishedOrEditor.ts'
import { announceDelete } from '../../hooks/announceChange.ts'
import { slugField } from '../../fields/slug.ts'
import { createArticleEditor } from './editor.ts'
import { checkFeaturedSessions } from './hooks/checkFeaturedSessions.ts'
import { announceArticleChange } from './hooks/announceArticleChange.ts'
import { deriveFromBody } from './hooks/deriveFromBody.ts'
import { matchFullTextSearch, searchField } from './hooks/matchFullTextSearch.ts'
import { holdUntilSessionEnds, scheduleEmbargoRelease } from './hooks/holdUntilSessionEnds.ts'
import { rememberDraftWrite, rememberPublicState } from './hooks/publicState.ts'
import { queueDeleteWebhooks, queueWebhooks } from './hooks/queueWebhooks.ts'
import { recordAudit, recordDeleteAudit } from './hooks/recordAudit.ts'
import { setPublishedAt } from './hooks/setPublishedAt.ts'
import { adminGroups } from '../adminGroups.ts'

/** The app's preview route turns on draft mode for the signed-in editor, then shows the page. */
function previewUrl({ siteUrl, urls }: SanitizedTalkNotesPluginConfig, slug: unknown): string {
  const page = new URL(urls.article({ slug: typeof slug === 'string' ? slug : '' }))
  // The preview route takes a path on the site; an article page elsewhere is previewed there as is.
  if (page.origin !== new URL(siteUrl).origin) return page.toString()
  return urls.preview(`${page.pathname}${page.search}${page.hash}`)
}

/** Post-event notes ("Latest Notes"), featured on the sessions they are about. Drafts and versions on. */
export function createArticlesCollection(options: SanitizedTalkNotesPluginConfig): CollectionConfig {
  const { slugs } = options
  return {
    slug: slugs.articles,
    access: {
      create: isEditor(slugs.users),
      delete: isEditor(slugs.users),
      read: publishedOrEditor(slugs.users),
      readVersions: isEditor(slugs.users),
      update: isEditor(slugs.users),
    },
    admin: {
      defaultColumns: ['title', 'event', 'publishedAt', '_status'],
      description: 'Notes on the sessions: on the site and in the feeds once published, and on the sessions they feature.',
      group: adminGroups.content,
      hidden: hiddenFromSpeakers(slugs.users),
      // The list's search box: titles, and the full text (matchFullTextSearch).
      listSearchableFields: ['title', searchField],
      ...(options.livePreview
        ? {
            livePreview: { url: ({ data }) => previewUrl(options, data?.slug) },
            preview: (data) => previewUrl(options, data?.slug),
          }
        : {}),
      useAsTitle: 'title',
    },
    // What a relationship to this collection returns: enough for a list or a card, not the whole document.
    defaultPopulate: {
      event: true,
      excerpt: true,
      generatedExcerpt: true,
      heroImage: true,
      publishedAt: true,
      readingTime: true,
      slug: true,
      title: true,
    },
    defaultSort: '-publishedAt',
    fields: [
      { name: 'title', type: 'text', required: true },
      slugField('title'),
      {
        name: 'excerpt',
        type: 'textarea',
        admin: { description: 'Shown in lists and feeds. Left empty, the start of the body is used.' },
        maxLength: 600,
      },
      {
        name: 'bodyText',
        type: 'textarea',
        admin: { hidden: true },
        // Plain text of the body, for search; derived on save (deriveFromBody), nobody writes it.
        access: { create: () => false, update: () => false },
      },
      {
        name: searchField,
        type: 'text',
        admin: { disableListColumn: true, disableListFilter: true, hidden: true },
        label: 'Full text',
        // Holds nothing: `where[search][like]=…` matches title, excerpt and body (matchFullTextSearch).
        virtual: true,
      },
      {
        name: 'generatedExcerpt',
        type: 'textarea',
        admin: { hidden: true },
        // Derived from the body on save (deriveFromBody); nobody writes it.
        access: { create: () => false, update: () => false },
      },
      { name: 'heroImage', type: 'upload', relationTo: slugs.media },
      { name: 'body', type: 'richText', editor: createArticleEditor(options) },
      {
        name: 'authors',
        type: 'relationship',
        admin: { position: 'sidebar' },
        hasMany: true,
        relationTo: slugs.speakers,
      },
      {
        name: 'event',
        type: 'relationship',
        admin: { position: 'sidebar' },
        index: true,
        relationTo: slugs.events,
      },
      {
        name: 'series',
        type: 'relationship',
        admin: { description: 'Left empty, taken from the event.', position: 'sidebar' },
        index: true,
        relationTo: slugs.eventSeries,
      },
      {
        name: 'featuredSessions',
        type: 'relationship',
        admin: { description: 'Sessions of the article’s event this note is the featured article of.' },
        filterOptions: ({ siblingData }) => {
          const event = (siblingData as { event?: unknown }).event
          return event ? { event: { equals: event } } : true
        },
        hasMany: true,
        relationTo: slugs.talks,
      },
      {
        // Under the picker, whose chips show titles only: when each featured session takes place.
        name: 'featuredSessionsSchedule',
        type: 'ui',
        admin: {
          components: {
            Field: {
              clientProps: { sessionsSlug: slugs.talks },
              path: `${options.adminComponentsPath}#FeaturedSessionsSchedule`,
            },
          },
        },
      },
      {
        name: 'readingTime',
        type: 'number',
        access: { create: () => false, update: () => false },
        admin: { description: 'Minutes, from the body.', position: 'sidebar', readOnly: true },
      },
      {
        name: 'embargo',
        type: 'select',
        admin: {
          description: 'With "until its session ends", publishing before then schedules the publish for the end of the featured session.',
          position: 'sidebar',
        },
        defaultValue: 'none',
        options: [
          { label: 'None', value: 'none' },
          { label: 'Until its session ends', value: 'session-end' },
        ],
        required: true,
      },
      {
        name: 'publishedAt',
        type: 'date',
        admin: { date: { pickerAppearance: 'dayAndTime' }, position: 'sidebar' },
        index: true,
      },
    ],
    hooks: {
      afterChange: [
        announceArticleChange,
        recordAudit(slugs),
        queueWebhooks(options),
        scheduleEmbargoRelease({ auditSlug: slugs.auditLog, usersSlug: slugs.users }),
      ],
      afterDelete: [announceDelete, recordDeleteAudit(slugs), queueDeleteWebhooks(options)],
      beforeOperation: [matchFullTextSearch(slugs.users), rememberDraftWrite],
      beforeChange: [
        checkFeaturedSessions({ eventsSlug: slugs.events, talksSlug: slugs.talks }),
        rememberPublicState,
        holdUntilSessionEnds(slugs.talks),
        setPublishedAt,
        deriveFromBody,
      ],
    },
    versions: { drafts: { autosave: { interval: 2000 }, schedulePublish: true }, maxPerDoc: 50 },
  }
}
