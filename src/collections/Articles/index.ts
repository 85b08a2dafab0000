import type { CollectionConfig } from 'payload'

import type { SanitizedTalkNotesPluginConfig } from '../../types'

import { isEditor } from '../../access/isEditor'
import { publishedOrEditor } from '../../access/publishedOrEditor'
import { slugField } from '../../fields/slug'
import { checkFeaturedSessions } from './hooks/checkFeaturedSessions'
import { setPublishedAt } from './hooks/setPublishedAt'

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
      useAsTitle: 'title',
    },
    // What a relationship to this collection returns: enough for a list or a card, not the whole document.
    defaultPopulate: { event: true, excerpt: true, heroImage: true, publishedAt: true, slug: true, title: true },
    defaultSort: '-publishedAt',
    fields: [
      { name: 'title', type: 'text', required: true },
      slugField('title'),
      {
        name: 'excerpt',
        type: 'textarea',
        admin: { description: 'Shown in lists and feeds.' },
        maxLength: 600,
      },
      { name: 'heroImage', type: 'upload', relationTo: slugs.media },
      { name: 'body', type: 'richText' },
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
        name: 'publishedAt',
        type: 'date',
        admin: { date: { pickerAppearance: 'dayAndTime' }, position: 'sidebar' },
        index: true,
      },
    ],
    hooks: {
      beforeChange: [checkFeaturedSessions({ eventsSlug: slugs.events, talksSlug: slugs.talks }), setPublishedAt],
    },
    versions: { drafts: true, maxPerDoc: 50 },
  }
}
