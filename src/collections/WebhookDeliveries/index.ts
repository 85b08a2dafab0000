import type { CollectionConfig } from 'payload'

import type { SanitizedTalkNotesPluginConfig } from '../../types.ts'

import { isAdmin } from '../../access/isAdmin.ts'
import { hiddenFromSpeakers } from '../../access/hiddenFromSpeakers.ts'
import { adminGroups } from '../adminGroups.ts'

/** One row per webhook call to make: its payload, attempts and the last outcome. */
export function createWebhookDeliveriesCollection(options: SanitizedTalkNotesPluginConfig): CollectionConfig {
  const { slugs } = options
  const nobody = () => false
  return {
    slug: slugs.webhookDeliveries,
    access: { create: nobody, delete: isAdmin(slugs.users), read: isAdmin(slugs.users), update: nobody },
    admin: {
      defaultColumns: ['createdAt', 'event', 'status', 'attempts', 'responseStatus'],
      description: 'One row per webhook call: its body, attempts and the last answer. The jobs queue retries failed ones.',
      group: adminGroups.admin,
      listSearchableFields: ['url', 'event'],
      hidden: hiddenFromSpeakers(slugs.users),
      useAsTitle: 'event',
    },
    defaultSort: '-createdAt',
    fields: [
      // Deliveries outlive their webhook (the record stays); the URL is kept with each one.
      { name: 'webhook', type: 'relationship', index: true, relationTo: slugs.webhooks },
      { name: 'url', type: 'text', required: true },
      { name: 'event', type: 'text', required: true },
      {
        name: 'status',
        type: 'select',
        defaultValue: 'pending',
        index: true,
        options: ['pending', 'delivered', 'failed'],
        required: true,
      },
      { name: 'attempts', type: 'number', defaultValue: 0 },
      { name: 'responseStatus', type: 'number' },
      { name: 'error', type: 'text' },
      { name: 'deliveredAt', type: 'date' },
      { name: 'body', type: 'json', required: true },
    ],
  }
}
