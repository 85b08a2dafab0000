// The rate-limit options and the default client address, without a database.
import type { PayloadRequest } from 'payload'

import { describe, expect, it } from 'vitest'

import { defaultRateLimits, sanitizePluginConfig } from '../../src/defaults'
import { defaultClientAddress } from '../../src/utilities/clientAddress'

const withHeaders = (headers: Record<string, string>) => ({ headers: new Headers(headers) }) as unknown as PayloadRequest

describe('rate-limit options', () => {
  it('fills in every limit that is not given', () => {
    const { rateLimits } = sanitizePluginConfig({ rateLimits: { login: { perAddress: { points: 10, seconds: 60 } } } })
    expect(rateLimits.login.perAddress).toEqual({ points: 10, seconds: 60 })
    expect(rateLimits.login.perAddressAndAccount).toEqual(defaultRateLimits.login.perAddressAndAccount)
    expect(rateLimits.reviewActions).toEqual(defaultRateLimits.reviewActions)
  })

  it('refuses an account-wide sign-in limit that one client could reach', () => {
    expect(() => sanitizePluginConfig({ rateLimits: { login: { perAccount: { points: 10, seconds: 3600 } } } })).toThrow(
      /rateLimits\.login\.perAccount\.points/,
    )
  })

  it('refuses a limit of zero points, naming it', () => {
    expect(() => sanitizePluginConfig({ rateLimits: { forgotPassword: { perAddress: { points: 0, seconds: 60 } } } })).toThrow(
      /rateLimits\.forgotPassword\.perAddress\.points/,
    )
  })
})

describe('default client address', () => {
  it('takes the right-most X-Forwarded-For entry, not what the client put before it', () => {
    expect(defaultClientAddress(withHeaders({ 'x-forwarded-for': '1.2.3.4, 10.0.0.9' }))).toBe('10.0.0.9')
  })

  it('falls back to X-Real-IP, else to nothing', () => {
    expect(defaultClientAddress(withHeaders({ 'x-real-ip': '10.0.0.7' }))).toBe('10.0.0.7')
    expect(defaultClientAddress(withHeaders({}))).toBeNull()
  })
})
