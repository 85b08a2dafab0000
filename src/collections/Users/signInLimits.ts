// The rate limiters of one users collection's sign-in and password-reset requests, and the keys
// a request is counted under; the hooks that consume and refund them share these.
import type { PayloadRequest } from 'payload'

import type { SanitizedTalkNotesPluginConfig } from '../../types.ts'

import { addressKey, createRateLimiter, type RateLimitCheck } from '../../utilities/rateLimits.ts'

export function createSignInLimits(options: SanitizedTalkNotesPluginConfig) {
  const { forgotPassword, login } = options.rateLimits
  return {
    forgotPassword: {
      perAccount: createRateLimiter(forgotPassword.perAccount, options, 'forgotPassword.perAccount'),
      perAddress: createRateLimiter(forgotPassword.perAddress, options, 'forgotPassword.perAddress'),
    },
    login: {
      perAccount: createRateLimiter(login.perAccount, options, 'login.perAccount'),
      perAddress: createRateLimiter(login.perAddress, options, 'login.perAddress'),
      perAddressAndAccount: createRateLimiter(login.perAddressAndAccount, options, 'login.perAddressAndAccount'),
    },
  }
}

export type SignInLimits = ReturnType<typeof createSignInLimits>

/** The address or username as Payload looks it up: trimmed and lower-cased. */
export function signInName(data: unknown): string {
  const { email, username } = (data ?? {}) as { email?: unknown; username?: unknown }
  const name = typeof email === 'string' && email.trim() ? email : typeof username === 'string' ? username : ''
  return name.toLowerCase().trim()
}

/** Address first, then address and account, then the account from everywhere. */
export function loginChecks(req: PayloadRequest, options: SanitizedTalkNotesPluginConfig, limits: SignInLimits, name: string): RateLimitCheck[] {
  const address = addressKey(req, options)
  return [
    { key: address, limiter: limits.login.perAddress },
    { key: `${address}|account:${name}`, limiter: limits.login.perAddressAndAccount },
    { key: `account:${name}`, limiter: limits.login.perAccount },
  ]
}

export function forgotPasswordChecks(
  req: PayloadRequest,
  options: SanitizedTalkNotesPluginConfig,
  limits: SignInLimits,
  name: string,
): RateLimitCheck[] {
  return [
    { key: addressKey(req, options), limiter: limits.forgotPassword.perAddress },
    { key: `account:${name}`, limiter: limits.forgotPassword.perAccount },
  ]
}
