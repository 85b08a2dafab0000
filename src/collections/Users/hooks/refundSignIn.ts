import type { CollectionAfterOperationHook } from 'payload'

import type { SanitizedTalkNotesPluginConfig } from '../../../types.ts'

import { isClientRequest, refundRateLimits } from '../../../utilities/rateLimits.ts'
import { loginChecks, type SignInLimits, signInName } from '../signInLimits.ts'

/** A successful sign-in gives back the points `limitSignInAttempts` took: only failures count. */
export const refundSignIn =
  (options: SanitizedTalkNotesPluginConfig, limits: SignInLimits): CollectionAfterOperationHook =>
  async ({ args, operation, req, result }) => {
    if (operation === 'login' && isClientRequest(req)) {
      await refundRateLimits(loginChecks(req, options, limits, signInName((args as { data?: unknown }).data)))
    }
    return result
  }
