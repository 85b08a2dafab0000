import type { CollectionConfig } from 'payload'

import type { SanitizedTalkNotesPluginConfig } from '../../types.ts'

import { anyone } from '../../access/anyone.ts'
import { isEditor } from '../../access/isEditor.ts'
import { hiddenFromSpeakers } from '../../access/hiddenFromSpeakers.ts'
import { announceChange, announceDelete } from '../../hooks/announceChange.ts'
import { slugField } from '../../fields/slug.ts'
import { validateOptionalHttpUrl } from '../../utilities/validators.ts'
import { adminGroups } from '../adminGroups.ts'

/**
 * Companies and labs people work for. The slug is always made from the name, so "Meta" and
 * "META" are one record: a second spelling is refused as a duplicate.
 */
export function createOrganizationsCollection(options: SanitizedTalkNotesPluginConfig): CollectionConfig {
  const { slugs } = options
  return {
    slug: slugs.organizations,
    access: {
      create: isEditor(slugs.users),
      delete: isEditor(slugs.users),
      read: anyone,
      update: isEditor(slugs.users),
    },
    admin: {
      defaultColumns: ['name', 'website'],
      description: 'Where speakers work; shown with their names.',
      group: adminGroups.content,
      hidden: hiddenFromSpeakers(slugs.users),
      listSearchableFields: ['name'],
      useAsTitle: 'name',
    },
    // What a relationship to this collection returns: enough for a list or a card, not the whole document.
    defaultPopulate: { name: true, slug: true },
    defaultSort: 'name',
    hooks: { afterChange: [announceChange], afterDelete: [announceDelete] },
    fields: [
      // Indexed: lists and relationship pickers sort by name.
      { name: 'name', type: 'text', index: true, required: true },
      slugField('name', { alwaysFromSource: true }),
      { name: 'website', type: 'text', validate: validateOptionalHttpUrl },
    ],
  }
}
