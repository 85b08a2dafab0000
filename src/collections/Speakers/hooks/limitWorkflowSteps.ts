import type { CollectionBeforeOperationHook } from 'payload'

import type { SanitizedTalkNotesPluginConfig } from '../../../types.ts'
import type { WorkflowLimits } from '../workflowLimits.ts'

import { addressKey, consumeRateLimits, isClientRequest, refuseTooManyRequests } from '../../../utilities/rateLimits.ts'

/**
 * Rate-limits review steps (`reviewAction`) and invitations (`inviteEmail`) per client address and
 * per signed-in user, whichever way they arrive: the review endpoints, REST PATCH, GraphQL or the
 * admin panel all write through the collection.
 */
export const limitWorkflowSteps =
  (options: SanitizedTalkNotesPluginConfig, limits: WorkflowLimits): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    if (operation !== 'update' || !isClientRequest(req)) return args
    const data = ((args as { data?: unknown }).data ?? {}) as { inviteEmail?: unknown; reviewAction?: unknown }
    const account = req.user ? `account:${req.user.collection}:${req.user.id}` : 'account:anonymous'
    const steps = [
      { limit: limits.reviewActions, taken: Boolean(data.reviewAction), what: 'review steps' },
      { limit: limits.invitations, taken: Boolean(data.inviteEmail), what: 'invitations' },
    ]
    for (const { limit, taken, what } of steps) {
      if (!taken) continue
      const wait = await consumeRateLimits([
        { key: addressKey(req, options), limiter: limit.perAddress },
        { key: account, limiter: limit.perAccount },
      ])
      if (wait !== null) refuseTooManyRequests(req, wait, what)
    }
    return args
  }
