// The jobs-queue task that POSTs one webhook delivery, signed with the webhook's secret.
// A failed attempt throws, so the queue retries it with exponential back-off.
import type { TaskConfig } from 'payload'

import { createHmac } from 'node:crypto'

import type { SanitizedTalkNotesPluginConfig } from '../types.ts'

export const deliverWebhookTaskSlug = 'talkNotesDeliverWebhook'
export const talkNotesQueue = 'talk-notes'

export function signWebhookBody(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`
}

export function createDeliverWebhookTask(options: SanitizedTalkNotesPluginConfig): TaskConfig {
  const { slugs } = options
  return {
    slug: deliverWebhookTaskSlug,
    handler: async ({ input, req }) => {
      const deliveryId = (input as { delivery: number | string }).delivery
      const delivery = (await req.payload.findByID({
        collection: slugs.webhookDeliveries,
        depth: 1,
        id: deliveryId,
        req,
      })) as unknown as {
        attempts?: number
        body: unknown
        event: string
        id: number | string
        webhook: { active?: boolean; secret: string; url: string } | null
      }
      const { webhook } = delivery
      const attempts = (delivery.attempts ?? 0) + 1
      if (!webhook || webhook.active === false) {
        // Deleted or switched off since it was queued: record why, and do not retry.
        await req.payload.update({
          collection: slugs.webhookDeliveries,
          data: { attempts, error: webhook ? 'webhook inactive' : 'webhook deleted', status: 'failed' } as never,
          id: delivery.id,
          req,
        })
        return { output: { responseStatus: null } }
      }
      const body = JSON.stringify(delivery.body)
      let responseStatus: null | number = null
      let error: null | string = null
      try {
        const response = await fetch(webhook.url, {
          body,
          headers: {
            'Content-Type': 'application/json',
            'User-Agent': 'talk-notes-webhooks/1',
            'X-Talk-Notes-Delivery': String(delivery.id),
            'X-Talk-Notes-Event': delivery.event,
            'X-Talk-Notes-Signature': signWebhookBody(webhook.secret, body),
          },
          method: 'POST',
          redirect: 'manual',
          signal: AbortSignal.timeout(10_000),
        })
        responseStatus = response.status
        await response.body?.cancel()
        if (!response.ok) error = `HTTP ${response.status}`
      } catch (caught) {
        error = caught instanceof Error ? caught.message : String(caught)
      }
      await req.payload.update({
        collection: slugs.webhookDeliveries,
        data: {
          attempts,
          deliveredAt: error ? undefined : new Date().toISOString(),
          error,
          responseStatus,
          status: error ? 'failed' : 'delivered',
        } as never,
        id: delivery.id,
        req,
      })
      if (error) throw new Error(`webhook delivery ${String(delivery.id)} to ${webhook.url} failed: ${error}`)
      return { output: { responseStatus } }
    },
    inputSchema: [{ name: 'delivery', type: 'number', required: true }],
    retries: { attempts: 6, backoff: { delay: 5_000, type: 'exponential' } },
  }
}
