import type { CollectionConfig } from 'payload'

import type { SanitizedTalkNotesPluginConfig } from '../../types.ts'

import { anyone } from '../../access/anyone.ts'
import { isEditor } from '../../access/isEditor.ts'
import { hiddenFromSpeakers } from '../../access/hiddenFromSpeakers.ts'
import { announceChange, announceDelete } from '../../hooks/announceChange.ts'
import { slugField } from '../../fields/slug.ts'
import { adminGroups } from '../adminGroups.ts'

/** A conference family with yearly editions, e.g. "Networking @Scale". */
export function createEventSeriesCollection(options: SanitizedTalkNotesPluginConfig): CollectionConfig {
  const { slugs } = options
  return {
    slug: slugs.eventSeries,
    access: {
      create: isEditor(slugs.users),
      delete: isEditor(slugs.users),
      read: anyone,
      update: isEditor(slugs.users),
    },
    admin: {
      defaultColumns: ['name', 'slug', 'updatedAt'],
      description: 'A conference that recurs; each edition is an event.',
      group: adminGroups.content,
      hidden: hiddenFromSpeakers(slugs.users),
      listSearchableFields: ['name', 'slug'],
      useAsTitle: 'name',
    },
    // What a relationship to this collection returns: enough for a list or a card, not the whole document.
    defaultPopulate: { name: true, slug: true },
    defaultSort: 'name',
    hooks: { afterChange: [announceChange], afterDelete: [announceDelete] },
    fields: [
      { name: 'name', type: 'text', required: true },
      slugField('name'),
      { name: 'summary', type: 'textarea' },
      {
        name: 'events',
        type: 'join',
        admin: { defaultColumns: ['title', 'startsAt', 'format'], description: 'The editions of this series, newest first.' },
        collection: slugs.events,
        defaultSort: '-startsAt',
        on: 'series',
      },
    ],
    labels: { plural: 'Event series', singular: 'Event series' },
  }
}
