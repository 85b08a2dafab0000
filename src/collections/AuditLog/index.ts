import type { CollectionConfig } from 'payload'

import type { SanitizedTalkNotesPluginConfig } from '../../types.ts'

import { isEditor } from '../../access/isEditor.ts'
import { hiddenFromSpeakers } from '../../access/hiddenFromSpeakers.ts'
import { adminGroups } from '../adminGroups.ts'

export const auditActions = [
  { label: 'Published', value: 'published' },
  { label: 'Updated while published', value: 'updated' },
  { label: 'Unpublished', value: 'unpublished' },
  { label: 'Featured sessions changed', value: 'featured-changed' },
  { label: 'Deleted', value: 'deleted' },
  { label: 'Scheduled', value: 'scheduled' },
]

/** Who published, unpublished or changed featured links, and when. Written by hooks only. */
export function createAuditLogCollection(options: SanitizedTalkNotesPluginConfig): CollectionConfig {
  const { slugs } = options
  const nobody = () => false
  return {
    slug: slugs.auditLog,
    access: { create: nobody, delete: nobody, read: isEditor(slugs.users), update: nobody },
    admin: {
      defaultColumns: ['createdAt', 'action', 'documentTitle', 'user'],
      description: 'Publishing and featured-session changes of articles. Read-only.',
      group: adminGroups.admin,
      hidden: hiddenFromSpeakers(slugs.users),
      listSearchableFields: ['summary', 'documentTitle'],
      useAsTitle: 'summary',
    },
    defaultSort: '-createdAt',
    fields: [
      { name: 'action', type: 'select', index: true, options: auditActions, required: true },
      { name: 'summary', type: 'text', required: true },
      { name: 'collectionSlug', type: 'text', required: true },
      { name: 'documentId', type: 'text', index: true, required: true },
      { name: 'documentTitle', type: 'text' },
      { name: 'user', type: 'relationship', relationTo: slugs.users },
      { name: 'details', type: 'json' },
    ],
    labels: { plural: 'Audit log', singular: 'Audit entry' },
  }
}
