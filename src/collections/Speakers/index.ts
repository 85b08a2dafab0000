import type { CollectionConfig } from 'payload'

import type { SanitizedTalkNotesPluginConfig } from '../../types'

import { anyone } from '../../access/anyone'
import { isEditor, isEditorField } from '../../access/isEditor'
import { isSelfSpeakerOrEditor } from '../../access/isSelfSpeakerOrEditor'
import { announceChange, announceDelete } from '../../hooks/announceChange'
import { slugField } from '../../fields/slug'
import { validateOptionalHttpUrl } from '../../utilities/validators'

/**
 * People on the agenda, speakers and moderators alike. Profiles are public; a speaker user may
 * edit its own profile's public fields, never its slug or the account link.
 */
export function createSpeakersCollection(options: SanitizedTalkNotesPluginConfig): CollectionConfig {
  const { slugs } = options
  const editorsOnly = { create: isEditorField(slugs.users), update: isEditorField(slugs.users) }
  return {
    slug: slugs.speakers,
    access: {
      create: isEditor(slugs.users),
      delete: isEditor(slugs.users),
      read: anyone,
      update: isSelfSpeakerOrEditor(slugs.users),
    },
    admin: { defaultColumns: ['name', 'organization', 'jobTitle'], group: 'People', useAsTitle: 'name' },
    // What a relationship to this collection returns: enough for a list or a card, not the whole document.
    defaultPopulate: { jobTitle: true, name: true, organization: true, photo: true, shortBio: true, slug: true },
    defaultSort: 'name',
    hooks: { afterChange: [announceChange], afterDelete: [announceDelete] },
    fields: [
      { name: 'name', type: 'text', required: true },
      { ...slugField('name'), access: editorsOnly },
      { name: 'jobTitle', type: 'text' },
      { name: 'organization', type: 'relationship', index: true, relationTo: slugs.organizations },
      {
        name: 'shortBio',
        type: 'textarea',
        admin: { description: 'Shown in agendas and speaker lists, with "read more" to the full bio.' },
        maxLength: 400,
      },
      { name: 'fullBio', type: 'textarea', admin: { description: 'Shown on the speaker page.' } },
      { name: 'photo', type: 'upload', relationTo: slugs.media },
      {
        name: 'links',
        type: 'array',
        fields: [
          {
            type: 'row',
            fields: [
              { name: 'label', type: 'text', required: true },
              { name: 'url', type: 'text', required: true, validate: validateOptionalHttpUrl },
            ],
          },
        ],
      },
      {
        name: 'account',
        type: 'join',
        access: { read: isEditorField(slugs.users) },
        admin: { description: 'The user account linked to this profile, if any.' },
        collection: slugs.users,
        on: 'speaker',
      },
      {
        name: 'sessions',
        type: 'join',
        collection: slugs.talks,
        defaultSort: 'startsAt',
        on: 'speakers.speaker',
      },
    ],
  }
}
