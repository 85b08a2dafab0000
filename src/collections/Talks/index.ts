import type { CollectionConfig } from 'payload'

import type { SanitizedTalkNotesPluginConfig } from '../../types.ts'

import { anyone } from '../../access/anyone.ts'
import { isEditor } from '../../access/isEditor.ts'
import { announceChange, announceDelete } from '../../hooks/announceChange.ts'
import { slugField } from '../../fields/slug.ts'
import { sessionKinds, sessionLinkKinds, sessionOrder, sessionStatuses } from '../../types.ts'
import { isEditorField } from '../../access/isEditor.ts'
import { linkedSpeakerId, userRole } from '../../utilities/userRole.ts'
import { checkRange, validateOptionalHttpUrl } from '../../utilities/validators.ts'
import { bumpSequence } from './hooks/bumpSequence.ts'
import { checkSlugUniqueInEvent } from './hooks/checkSlugUniqueInEvent.ts'
import { validateSlotInEvent } from './hooks/validateSlotInEvent.ts'
import { adminGroups } from '../adminGroups.ts'

const kindLabels: Record<(typeof sessionKinds)[number], string> = {
  break: 'Break',
  keynote: 'Keynote',
  meal: 'Meal',
  panel: 'Panel / Q&A',
  remarks: 'Remarks',
  social: 'Social',
  talk: 'Talk',
}

const linkKindLabels: Record<(typeof sessionLinkKinds)[number], string> = {
  other: 'Other',
  recording: 'Recording',
  slides: 'Slides',
  video: 'Video',
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
  const editorsOnly = { create: isEditorField(slugs.users), read: isEditorField(slugs.users), update: isEditorField(slugs.users) }
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
      description: 'Every slot of an event’s agenda: talks, panels, breaks and meals.',
      group: adminGroups.content,
      listSearchableFields: ['title', 'room', 'track'],
      useAsTitle: 'title',
    },
    // What a relationship to this collection returns: enough for a list or a card, not the whole document.
    defaultPopulate: { endsAt: true, event: true, kind: true, links: true, room: true, slug: true, startsAt: true, status: true, title: true, track: true },
    defaultSort: sessionOrder,
    fields: [
      { name: 'title', type: 'text', required: true },
      // A slug is unique within its event: every edition has its "Live Q&A Session 1".
      slugField('title', { unique: false }),
      { name: 'event', type: 'relationship', index: true, relationTo: slugs.events, required: true },
      {
        // Not stored: the event's title, read through the relationship, for tables whose reader's admin has no
        // events collection to resolve the relationship against (a speaker's sessions).
        name: 'eventTitle',
        type: 'text',
        admin: { condition: () => false, readOnly: true },
        label: 'Event',
        virtual: 'event.title',
      },
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
        // Sessions sort by start, then this, then creation: two sessions entered for one slot keep the editors' order.
        name: 'order',
        type: 'number',
        admin: {
          description: 'Order among sessions that start at the same time (lower first); leave 0 to keep the order they were entered in.',
          position: 'sidebar',
          step: 1,
        },
        defaultValue: 0,
        validate: (value: null | number | undefined) =>
          value === null || value === undefined || (Number.isInteger(value) && Math.abs(value) <= 1000) ||
          'The order must be a whole number from -1000 to 1000.',
      },
      {
        type: 'row',
        fields: [
          { name: 'track', type: 'text', admin: { description: 'For parallel sessions.' } },
          { name: 'room', type: 'text' },
        ],
      },
      {
        name: 'status',
        type: 'select',
        admin: {
          description: 'A cancelled session stays on the event page marked as cancelled and in calendars as CANCELLED, and leaves the frab schedule.',
          position: 'sidebar',
        },
        defaultValue: 'scheduled',
        index: true,
        options: sessionStatuses.map((value) => ({ label: value === 'scheduled' ? 'Scheduled' : 'Cancelled', value })),
      },
      {
        // iCalendar SEQUENCE: calendars replace their copy of a session only when it grows.
        name: 'sequence',
        type: 'number',
        admin: { description: 'Grows each time the session moves, changes room or is cancelled.', position: 'sidebar', readOnly: true },
        defaultValue: 0,
        min: 0,
      },
      { name: 'abstract', type: 'richText' },
      { name: 'description', type: 'richText', admin: { description: 'Longer text shown on the session page, after the abstract.' } },
      {
        name: 'links',
        type: 'array',
        admin: { description: 'Recording, slides and other material, in the order shown.' },
        fields: [
          {
            type: 'row',
            fields: [
              {
                name: 'kind',
                type: 'select',
                defaultValue: 'other',
                options: sessionLinkKinds.map((value) => ({ label: linkKindLabels[value], value })),
                required: true,
              },
              { name: 'title', type: 'text' },
              { name: 'url', type: 'text', required: true, validate: validateOptionalHttpUrl },
            ],
          },
        ],
      },
      {
        // frab <recording> and c3voc recording_license / do_not_record, for the recording teams' tools.
        name: 'recording',
        type: 'group',
        admin: { description: 'What the recording team may do with this session; exported with the schedule.' },
        fields: [
          {
            type: 'row',
            fields: [
              { name: 'license', type: 'text', admin: { description: 'e.g. CC BY 4.0' } },
              { name: 'optOut', type: 'checkbox', defaultValue: false, label: 'Do not record' },
            ],
          },
        ],
      },
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
      {
        // Written by the schedule import: where the session comes from and what the import last wrote,
        // so a re-sync can tell an editor's change (kept, shown as a conflict) from the source's.
        name: 'source',
        type: 'group',
        access: editorsOnly,
        admin: { description: 'Set by the schedule import.', position: 'sidebar', readOnly: true },
        fields: [
          { name: 'guid', type: 'text', index: true },
          { name: 'code', type: 'text', admin: { description: "The source's own id (frab id, pretalx code)." } },
          { name: 'url', type: 'text' },
          { name: 'imported', type: 'json', admin: { hidden: true } },
          { name: 'importedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
        ],
      },
    ],
    hooks: {
      afterChange: [announceChange],
      afterDelete: [announceDelete],
      beforeChange: [validateSlotInEvent(slugs.events), checkSlugUniqueInEvent, bumpSequence],
    },
    indexes: [{ fields: ['event', 'slug'], unique: true }],
  }
}
