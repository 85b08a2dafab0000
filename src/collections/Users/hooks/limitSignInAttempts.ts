import type { CollectionBeforeOperationHook } from 'payload'

import type { SanitizedTalkNotesPluginConfig } from '../../../types.ts'

import { consumeRateLimits, isClientRequest, refuseTooManyRequests } from '../../../utilities/rateLimits.ts'
import { forgotPasswordChecks, loginChecks, type SignInLimits, signInName } from '../signInLimits.ts'

/**
 * Counts sign-ins and password-reset requests of REST and GraphQL clients before Payload looks at
 * them, and refuses with 429 once a limit is used up (a successful sign-in gives its points back in
 * `refundSignIn`). Counting before the attempt also stops a burst of parallel attempts.
 */
export const limitSignInAttempts =
  (options: SanitizedTalkNotesPluginConfig, limits: SignInLimits): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    if (!isClientRequest(req) || (operation !== 'login' && operation !== 'forgotPassword')) return args
    const name = signInName((args as { data?: unknown }).data)
    if (operation === 'login') {
      const wait = await consumeRateLimits(loginChecks(req, options, limits, name))
      if (wait !== null) refuseTooManyRequests(req, wait, 'sign-in attempts')
    } else {
      const wait = await consumeRateLimits(forgotPasswordChecks(req, options, limits, name))
      if (wait !== null) refuseTooManyRequests(req, wait, 'password-reset requests')
    }
    return args
  }
