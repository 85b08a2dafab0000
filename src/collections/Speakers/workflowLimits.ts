// The rate limiters of the speaker workflow: review steps, sending invitations and using
// invitation links. Built once per speakers collection; its hooks and endpoints share them.
import type { SanitizedTalkNotesPluginConfig } from '../../types.ts'

import { createRateLimiter } from '../../utilities/rateLimits.ts'

export function createWorkflowLimits(options: SanitizedTalkNotesPluginConfig) {
  const { invitationLinks, invitations, reviewActions } = options.rateLimits
  const pair = (name: string, limits: { perAccount: { points: number; seconds: number }; perAddress: { points: number; seconds: number } }) => ({
    perAccount: createRateLimiter(limits.perAccount, options, `${name}.perAccount`),
    perAddress: createRateLimiter(limits.perAddress, options, `${name}.perAddress`),
  })
  return {
    invitationLinks: pair('invitationLinks', invitationLinks),
    invitations: pair('invitations', invitations),
    reviewActions: pair('reviewActions', reviewActions),
  }
}

export type WorkflowLimits = ReturnType<typeof createWorkflowLimits>
