import type { CollectionBeforeOperationHook, Where } from 'payload'

import { getLoginOptions } from 'payload'
import { pbkdf2, randomBytes } from 'node:crypto'
import { promisify } from 'node:util'

import { signInName } from '../signInLimits.ts'

const derive = promisify(pbkdf2)

// Payload 3.90's password hash (generatePasswordSaltHash: pbkdf2-sha256-v1, 600000 iterations,
// 32-byte key; older 25000-iteration hashes are upgraded at the next sign-in). Not exported, so
// restated here; the sign-in timing test fails if the two drift apart.
const iterations = 600_000
const keyLength = 32

/**
 * Payload answers a sign-in for an unknown address at once, but spends a password hash on a known
 * one; the difference told which addresses have accounts. For an unknown address this hashes the
 * given password just the same before Payload refuses it.
 */
export const hashForUnknownAccount: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'login') return args
  const data = (args as { data?: { password?: unknown; username?: unknown } }).data
  const name = signInName(data)
  const password = data?.password
  if (!name || typeof password !== 'string' || password.trim() === '') return args
  const { canLoginWithEmail, canLoginWithUsername } = getLoginOptions(collection.auth.loginWithUsername)
  const fields = [canLoginWithEmail && 'email', canLoginWithUsername && 'username'].filter((field): field is string => Boolean(field))
  const byName: Where = { or: fields.map((field) => ({ [field]: { equals: name } })) }
  const where: Where = collection.trash ? { and: [byName, { deletedAt: { exists: false } }] } : byName
  const account = await req.payload.db.findOne({ collection: collection.slug, req, select: { id: true }, where })
  if (!account) await derive(password, randomBytes(32).toString('hex'), iterations, keyLength, 'sha256')
  return args
}
