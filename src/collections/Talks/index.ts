import type { CollectionConfig } from 'payload'

import type { SanitizedTalkNotesPluginConfig } from '../../types.ts'

import { anyone } from '../../access/anyone.ts'
import { isEditor } from '../../access/isEditor.ts'
import { announceChange, announceDelete } from '../../hooks/announceChange.ts'
import { slugField } from '../../fields/slug.ts'
import { sessionKinds } from '../../types.ts'
import { linkedSpeakerId, userRole } from '../../utilities/userRole.ts'
import { checkRange } from '../../utilities/validators.ts'
import { checkSlugUniqueInEvent } from './hooks/checkSlugUniqueInEvent.ts'
import { validateSlotInEvent } from './hooks/validateSlotInEvent.ts'

const kindLabels: Record<(typeof sessionKinds)[number], string> = {
  break: 'Break',
  keynote: 'Keynote',
  meal: 'Meal',
  panel: 'Panel / Q&A',
  remarks: 'Remarks',
  social: 'Social',
  talk: 'Talk',
}

export const participantRoles = [
  { label: 'Speaker', value: 'speaker' },
  { label: 'Moderator', value: 'moderator' },
  { label: 'Panelist', value: 'panelist' },
  { label: 'Host', value: 'host' },
]

/** Agenda sessions ("talks"): every slot of an event's agenda, talks, Q&A, breaks and meals alike. */
export function createTalksCollection(options: SanitizedTalkNotesPluginConfig): CollectionConfig {
  const { slugs } = options
  return {
    slug: slugs.talks,
    access: {
      create: isEditor(slugs.users),
      delete: isEditor(slugs.users),
      read: anyone,
      update: isEditor(slugs.users),
    },
    admin: {
      // A speaker's admin panel lists its own sessions only (all sessions stay publicly readable).
      baseFilter: ({ req }) => {
        if (userRole(req.user, slugs.users) !== 'speaker') return null
        return { 'speakers.speaker': { equals: linkedSpeakerId(req.user, slugs.users) ?? -1 } }
      },
      defaultColumns: ['title', 'startsAt', 'kind', 'event'],
      group: 'Conference',
      useAsTitle: 'title',
    },
    // What a relationship to this collection returns: enough for a list or a card, not the whole document.
    defaultPopulate: { endsAt: true, event: true, kind: true, room: true, slug: true, startsAt: true, title: true, track: true },
    defaultSort: 'startsAt',
    fields: [
      { name: 'title', type: 'text', required: true },
      // A slug is unique within its event: every edition has its "Live Q&A Session 1".
      slugField('title', { unique: false }),
      { name: 'event', type: 'relationship', index: true, relationTo: slugs.events, required: true },
      {
        name: 'kind',
        type: 'select',
        defaultValue: 'talk',
        options: sessionKinds.map((value) => ({ label: kindLabels[value], value })),
        required: true,
      },
      {
        type: 'row',
        fields: [
          {
            name: 'startsAt',
            type: 'date',
            admin: { date: { pickerAppearance: 'dayAndTime' } },
            index: true,
            required: true,
          },
          {
            name: 'endsAt',
            type: 'date',
            admin: { date: { pickerAppearance: 'dayAndTime' } },
            required: true,
            validate: (value: Date | null | string | undefined, { siblingData }: { siblingData: { startsAt?: string } }) =>
              checkRange({ end: value ?? undefined, start: siblingData.startsAt }, { end: 'endsAt', start: 'startsAt' }) ??
              true,
          },
        ],
      },
      {
        type: 'row',
        fields: [
          { name: 'track', type: 'text', admin: { description: 'For parallel sessions.' } },
          { name: 'room', type: 'text' },
        ],
      },
      { name: 'abstract', type: 'richText' },
      {
        name: 'speakers',
        type: 'array',
        admin: { description: 'In the order they are listed, with their role in the session.' },
        fields: [
          {
            type: 'row',
            fields: [
              { name: 'speaker', type: 'relationship', relationTo: slugs.speakers, required: true },
              { name: 'role', type: 'select', defaultValue: 'speaker', options: participantRoles, required: true },
            ],
          },
        ],
        labels: { plural: 'Speakers and moderators', singular: 'Speaker or moderator' },
      },
      {
        name: 'featuredArticles',
        type: 'join',
        admin: { description: 'Published articles that feature this session, newest first.' },
        collection: slugs.articles,
        defaultSort: '-publishedAt',
        on: 'featuredSessions',
        where: { _status: { equals: 'published' } },
      },
    ],
    hooks: {
      afterChange: [announceChange],
      afterDelete: [announceDelete],
      beforeChange: [validateSlotInEvent(slugs.events), checkSlugUniqueInEvent],
    },
    indexes: [{ fields: ['event', 'slug'], unique: true }],
  }
}
