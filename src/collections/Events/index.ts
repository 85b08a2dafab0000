import type { CollectionConfig } from 'payload'

import type { SanitizedTalkNotesPluginConfig } from '../../types.ts'

import { anyone } from '../../access/anyone.ts'
import { isEditor, isEditorField, isEditorUser } from '../../access/isEditor.ts'
import { hiddenFromSpeakers } from '../../access/hiddenFromSpeakers.ts'
import { announceChange, announceDelete } from '../../hooks/announceChange.ts'
import { createImportEndpoints } from '../../endpoints/import/index.ts'
import { createScheduleEndpoints } from '../../endpoints/schedule/index.ts'
import { slugField } from '../../fields/slug.ts'
import { eventFormatLabels, eventFormats, sessionOrder } from '../../types.ts'
import { checkRange, isTimeZone, validateOptionalHttpUrl } from '../../utilities/validators.ts'
import { setEventRange } from './hooks/setEventRange.ts'
import { adminGroups } from '../adminGroups.ts'

export const registrationStatuses = [
  { label: 'Registration open', value: 'open' },
  { label: 'Waitlist', value: 'waitlist' },
  { label: 'RSVPs closed', value: 'rsvps-closed' },
  { label: 'Invite only', value: 'invite-only' },
  { label: 'Registration closed', value: 'closed' },
  { label: 'No registration needed', value: 'not-required' },
]

const formatOptions = eventFormats.map((value) => ({
  label: eventFormatLabels[value],
  value,
}))

/** One edition of a series: dates (one or more days or sittings), place, format, agenda. */
export function createEventsCollection(options: SanitizedTalkNotesPluginConfig): CollectionConfig {
  const { slugs } = options
  return {
    slug: slugs.events,
    access: {
      create: isEditor(slugs.users),
      delete: isEditor(slugs.users),
      read: anyone,
      update: isEditor(slugs.users),
    },
    admin: {
      defaultColumns: ['title', 'startsAt', 'series', 'format'],
      description: 'Editions of a series: dates, place and agenda. An event’s page imports its schedule.',
      group: adminGroups.content,
      hidden: hiddenFromSpeakers(slugs.users),
      // "Preview" in the admin opens the event's public page.
      preview: (doc) => (typeof doc.slug === 'string' && doc.slug ? options.urls.event({ slug: doc.slug }) : null),
      listSearchableFields: ['title', 'slug'],
      useAsTitle: 'title',
    },
    endpoints: [...createScheduleEndpoints(), ...createImportEndpoints(options)],
    // What a relationship to this collection returns: enough for a list or a card, not the whole document.
    defaultPopulate: { endsAt: true, format: true, series: true, slug: true, startsAt: true, timezone: true, title: true, venue: true },
    defaultSort: '-startsAt',
    fields: [
      { name: 'title', type: 'text', required: true },
      slugField('title'),
      { name: 'series', type: 'relationship', index: true, relationTo: slugs.eventSeries, required: true },
      {
        name: 'summary',
        type: 'textarea',
        admin: { description: 'One or two sentences for event lists and social cards.' },
      },
      { name: 'description', type: 'richText' },
      {
        name: 'dates',
        type: 'array',
        admin: { description: 'One row per day or sitting (e.g. an in-person day and a virtual program).' },
        fields: [
          {
            type: 'row',
            fields: [
              {
                name: 'start',
                type: 'date',
                admin: { date: { pickerAppearance: 'dayAndTime' } },
                required: true,
              },
              {
                name: 'end',
                type: 'date',
                admin: { date: { pickerAppearance: 'dayAndTime' } },
                required: true,
                validate: (value: Date | null | string | undefined, { siblingData }: { siblingData: { start?: string } }) =>
                  checkRange({ end: value ?? undefined, start: siblingData.start }) ?? true,
              },
            ],
          },
          { name: 'format', type: 'select', admin: { description: 'Only where this day differs from the event’s format.' }, options: formatOptions },
          { name: 'label', type: 'text', admin: { description: 'e.g. "Virtual program"' } },
        ],
        minRows: 1,
        required: true,
      },
      {
        name: 'startsAt',
        type: 'date',
        admin: { description: 'First start of the dates above.', position: 'sidebar', readOnly: true },
        index: true,
      },
      {
        name: 'endsAt',
        type: 'date',
        admin: { description: 'Last end of the dates above.', position: 'sidebar', readOnly: true },
        index: true,
      },
      {
        name: 'timezone',
        type: 'text',
        admin: { description: 'IANA time zone the agenda is shown in, e.g. America/Los_Angeles.' },
        defaultValue: 'UTC',
        required: true,
        validate: (value: null | string | undefined) =>
          isTimeZone(value) || `timezone "${value ?? ''}" is not an IANA time zone`,
      },
      {
        name: 'dayChange',
        type: 'text',
        admin: {
          description: 'Sessions that start before this time (HH:MM) belong to the previous conference day, as in frab.',
        },
        defaultValue: '04:00',
        validate: (value: null | string | undefined) =>
          !value || /^([01]\d|2[0-3]):[0-5]\d$/.test(value) || `dayChange "${value ?? ''}" is not a time HH:MM`,
      },
      {
        name: 'venue',
        type: 'group',
        fields: [
          { name: 'name', type: 'text' },
          { name: 'address', type: 'textarea' },
        ],
      },
      {
        name: 'format',
        type: 'select',
        admin: { description: 'How people attend; a day of the dates above can say otherwise.' },
        defaultValue: 'in-person',
        options: formatOptions,
        required: true,
      },
      { name: 'livestreamUrl', type: 'text', admin: { description: 'The public stream, linked from the event page.' }, validate: validateOptionalHttpUrl },
      {
        name: 'registrationStatus',
        type: 'select',
        defaultValue: 'open',
        options: registrationStatuses,
        required: true,
      },
      { name: 'registrationUrl', type: 'text', admin: { description: 'Where people register or RSVP.' }, validate: validateOptionalHttpUrl },
      {
        // Written by the schedule import: the schedule this event's agenda follows.
        name: 'scheduleSource',
        type: 'group',
        access: { create: isEditorField(slugs.users), read: isEditorField(slugs.users), update: isEditorField(slugs.users) },
        admin: { description: 'Set by the schedule import; a re-sync reads this URL again.', position: 'sidebar', readOnly: true },
        fields: [
          { name: 'url', type: 'text' },
          { name: 'format', type: 'text' },
          { name: 'version', type: 'text' },
          { name: 'importedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
        ],
      },
      {
        // Import and re-sync the agenda from frab XML, c3voc/pretalx JSON, Sessionize or CSV.
        name: 'scheduleImport',
        type: 'ui',
        admin: {
          components: {
            Field: {
              clientProps: { historySlug: slugs.scheduleImports },
              path: `${options.adminComponentsPath}#ScheduleImportPanel`,
            },
          },
          condition: (data, _siblingData, { user }) => Boolean(data?.id) && isEditorUser(user, slugs.users),
        },
      },
      {
        name: 'sessions',
        type: 'join',
        // Every session here is of this event: its time and place instead of an event column.
        admin: { defaultColumns: ['title', 'startsAt', 'endsAt', 'kind', 'room'], description: 'The agenda, in time order.' },
        collection: slugs.talks,
        defaultLimit: 0,
        defaultSort: sessionOrder,
        on: 'event',
      },
    ],
    hooks: {
      afterChange: [announceChange],
      afterDelete: [announceDelete],
      beforeChange: [setEventRange],
    },
  }
}
