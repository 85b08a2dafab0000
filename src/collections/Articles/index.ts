import type { CollectionConfig } from 'payload'

import type { SanitizedTalkNotesPluginConfig } from '../../types'

import { hiddenFromSpeakers } from '../../access/hiddenFromSpeakers'
import { isEditor } from '../../access/isEditor'
import { publishedOrEditor } from '../../access/publishedOrEditor'
import { announceDelete } from '../../hooks/announceChange'
import { slugField } from '../../fields/slug'
import { createArticleEditor } from './editor'
import { checkFeaturedSessions } from './hooks/checkFeaturedSessions'
import { announceArticleChange } from './hooks/announceArticleChange'
import { deriveFromBody } from './hooks/deriveFromBody'
import { holdUntilSessionEnds, scheduleEmbargoRelease } from './hooks/holdUntilSessionEnds'
import { rememberPublicState } from './hooks/publicState'
import { queueDeleteWebhooks, queueWebhooks } from './hooks/queueWebhooks'
import { recordAudit, recordDeleteAudit } from './hooks/recordAudit'
import { setPublishedAt } from './hooks/setPublishedAt'

/** The app's preview route turns on draft mode for the signed-in editor, then shows the page. */
function previewUrl(siteUrl: string, slug: unknown): string {
  const path = `/notes/${typeof slug === 'string' && slug ? slug : ''}`
  return `${siteUrl}/next/preview?path=${encodeURIComponent(path)}`
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
      group: 'Content',
      hidden: hiddenFromSpeakers(slugs.users),
      ...(options.livePreview
        ? {
            livePreview: { url: ({ data }) => previewUrl(options.siteUrl, data?.slug) },
            preview: (data) => previewUrl(options.siteUrl, data?.slug),
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
        recordAudit(slugs.auditLog),
        queueWebhooks(options),
        scheduleEmbargoRelease({ auditSlug: slugs.auditLog, usersSlug: slugs.users }),
      ],
      afterDelete: [announceDelete, recordDeleteAudit(slugs.auditLog), queueDeleteWebhooks(options)],
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
