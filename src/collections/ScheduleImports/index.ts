import type { CollectionConfig } from 'payload'

import type { SanitizedTalkNotesPluginConfig } from '../../types.ts'

import { hiddenFromSpeakers } from '../../access/hiddenFromSpeakers.ts'
import { isAdmin } from '../../access/isAdmin.ts'
import { isEditor } from '../../access/isEditor.ts'
import { scheduleFormats } from '../../import/types.ts'
import { adminGroups } from '../adminGroups.ts'

const counter = (name: string, label: string) => ({ name, type: 'number' as const, defaultValue: 0, label, min: 0 })

/** The history of schedule imports: who ran which source into which event, when, and what it changed. */
export function createScheduleImportsCollection(options: SanitizedTalkNotesPluginConfig): CollectionConfig {
  const { slugs } = options
  const nobody = () => false
  return {
    slug: slugs.scheduleImports,
    // Written only by the import; admins may clear old entries.
    access: { create: nobody, delete: isAdmin(slugs.users), read: isEditor(slugs.users), update: nobody },
    admin: {
      defaultColumns: ['createdAt', 'event', 'summary', 'user'],
      description: 'Every applied schedule import, newest first. Read-only; run an import from an event.',
      group: adminGroups.content,
      hidden: hiddenFromSpeakers(slugs.users),
      listSearchableFields: ['summary', 'source'],
      useAsTitle: 'summary',
    },
    defaultSort: '-createdAt',
    fields: [
      { name: 'event', type: 'relationship', index: true, relationTo: slugs.events },
      { name: 'summary', type: 'text', required: true },
      { name: 'source', type: 'text', admin: { description: 'URL or file name.' }, required: true },
      { name: 'format', type: 'select', options: [...scheduleFormats], required: true },
      { name: 'user', type: 'relationship', relationTo: slugs.users },
      {
        name: 'counts',
        type: 'group',
        fields: [
          {
            type: 'row',
            fields: [
              counter('sessionsCreated', 'Sessions created'),
              counter('sessionsUpdated', 'Sessions updated'),
              counter('sessionsCancelled', 'Sessions cancelled'),
              counter('sessionsRemoved', 'Sessions removed'),
            ],
          },
          {
            type: 'row',
            fields: [
              counter('speakersCreated', 'Speakers created'),
              counter('speakersUpdated', 'Speakers updated'),
              counter('conflicts', 'Conflicts (editor kept)'),
              counter('warnings', 'Warnings'),
            ],
          },
        ],
      },
      // What the import changed, session by session (REST and GraphQL). Hidden in the admin: Payload's
      // JSON editor (Monaco) loads its scripts from a public CDN.
      { name: 'changes', type: 'json', admin: { hidden: true } },
    ],
    labels: { plural: 'Schedule imports', singular: 'Schedule import' },
  }
}
