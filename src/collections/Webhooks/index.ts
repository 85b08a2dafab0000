import type { CollectionConfig } from 'payload'

import { randomBytes } from 'node:crypto'

import type { SanitizedTalkNotesPluginConfig } from '../../types.ts'

import { isAdmin, isAdminField } from '../../access/isAdmin.ts'
import { hiddenFromSpeakers } from '../../access/hiddenFromSpeakers.ts'
import { isHttpUrl } from '../../utilities/validators.ts'
import { adminGroups } from '../adminGroups.ts'

export const webhookEvents = [
  { label: 'Article published', value: 'article.published' },
  { label: 'Published article updated', value: 'article.updated' },
  { label: 'Article unpublished', value: 'article.unpublished' },
] as const

/** Outbound webhooks: article publish, update and unpublish are POSTed, signed with HMAC-SHA256. */
export function createWebhooksCollection(options: SanitizedTalkNotesPluginConfig): CollectionConfig {
  const { slugs } = options
  return {
    slug: slugs.webhooks,
    access: {
      create: isAdmin(slugs.users),
      delete: isAdmin(slugs.users),
      read: isAdmin(slugs.users),
      update: isAdmin(slugs.users),
    },
    admin: {
      defaultColumns: ['url', 'events', 'active'],
      description: 'URLs the app POSTs article changes to, signed with each one’s secret.',
      group: adminGroups.admin,
      hidden: hiddenFromSpeakers(slugs.users),
      listSearchableFields: ['url'],
      useAsTitle: 'url',
    },
    fields: [
      {
        name: 'url',
        type: 'text',
        required: true,
        validate: (value: null | string | undefined) => isHttpUrl(value) || `url "${value ?? ''}" is not an http(s) URL`,
      },
      {
        name: 'events',
        type: 'select',
        defaultValue: webhookEvents.map((event) => event.value),
        hasMany: true,
        options: [...webhookEvents],
        required: true,
      },
      { name: 'active', type: 'checkbox', defaultValue: true },
      {
        name: 'secret',
        type: 'text',
        access: { read: isAdminField(slugs.users) },
        admin: {
          description:
            'Receivers check the X-Talk-Notes-Signature header: "sha256=" + hex HMAC-SHA256 of the raw body with this secret.',
        },
        defaultValue: () => randomBytes(24).toString('hex'),
        minLength: 16,
        required: true,
      },
      {
        name: 'deliveries',
        type: 'join',
        admin: { defaultColumns: ['createdAt', 'event', 'status', 'responseStatus'], description: 'Calls made to this URL, newest first.' },
        collection: slugs.webhookDeliveries,
        defaultSort: '-createdAt',
        on: 'webhook',
      },
    ],
  }
}
