import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import type { SanitizedTalkNotesPluginConfig } from '../../../types.ts'

import { deliverWebhookTaskSlug, talkNotesQueue } from '../../../jobs/deliverWebhook.ts'
import { publicChange } from './publicState.ts'

type Event = 'article.published' | 'article.unpublished' | 'article.updated'

/**
 * Queues one delivery per subscribed webhook, inside the write's transaction: a write that rolls
 * back sends nothing. Bodies carry public fields only; an unpublished article is named, not shown.
 */
async function queue(req: PayloadRequest, options: SanitizedTalkNotesPluginConfig, event: Event, article: Record<string, unknown>) {
  const { slugs } = options
  const { docs: webhooks } = await req.payload.find({
    collection: slugs.webhooks,
    depth: 0,
    pagination: false,
    req,
    where: { and: [{ active: { equals: true } }, { events: { contains: event } }] },
  })
  if (webhooks.length === 0) return
  const url = options.urls.article({ slug: String(article.slug) })
  const body = {
    article:
      event === 'article.unpublished'
        ? { id: article.id, slug: article.slug, url }
        : {
            excerpt: article.excerpt || article.generatedExcerpt || '',
            id: article.id,
            publishedAt: article.publishedAt,
            slug: article.slug,
            title: article.title,
            updatedAt: article.updatedAt,
            url,
          },
    event,
    occurredAt: new Date().toISOString(),
  }
  for (const webhook of webhooks) {
    const delivery = await req.payload.create({
      collection: slugs.webhookDeliveries,
      data: { body, event, url: (webhook as { url?: string }).url, webhook: webhook.id } as never,
      depth: 0,
      req,
    })
    await req.payload.jobs.queue({ input: { delivery: delivery.id }, queue: talkNotesQueue, req, task: deliverWebhookTaskSlug })
  }
}

export const queueWebhooks =
  (options: SanitizedTalkNotesPluginConfig): CollectionAfterChangeHook =>
  async ({ collection, doc, req }) => {
    const { transition } = await publicChange({ collection: collection.slug, id: doc.id, req })
    if (transition !== 'draft-only') await queue(req, options, `article.${transition}`, doc)
    return doc
  }

export const queueDeleteWebhooks =
  (options: SanitizedTalkNotesPluginConfig): CollectionAfterDeleteHook =>
  async ({ doc, req }) => {
    if (doc._status === 'published') await queue(req, options, 'article.unpublished', doc)
    return doc
  }
