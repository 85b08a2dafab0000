import type { CollectionConfig } from 'payload'

import type { SanitizedTalkNotesPluginConfig } from '../../types.ts'

import { isAdmin } from '../../access/isAdmin.ts'
import { isAllowedByOnlySelfForSpeakers } from '../../access/isAllowedByOnlySelfForSpeakers.ts'
import { isAllowedByUnlessSpeaker } from '../../access/isAllowedByUnlessSpeaker.ts'
import { isSignedIn } from '../../access/isSignedIn.ts'
import { isSelfOrAdmin } from '../../access/isSelfOrAdmin.ts'
import { hiddenUnlessAdmin } from '../../access/hiddenUnlessAdmin.ts'
import { createForgotPasswordEndpoint } from '../../endpoints/users/forgotPassword.ts'
import { createUserRoleFields } from './fields.ts'
import { grantFirstUserAdmin } from './hooks/grantFirstUserAdmin.ts'
import { hashForUnknownAccount } from './hooks/hashForUnknownAccount.ts'
import { limitSignInAttempts } from './hooks/limitSignInAttempts.ts'
import { refundSignIn } from './hooks/refundSignIn.ts'
import { createSignInLimits } from './signInLimits.ts'
import { adminGroups } from '../adminGroups.ts'

// Payload's own lock counts failures without a time window, so one patient client could always
// reach it and lock the owner out; the plugin's windowed limits replace it. Its fields stay (a
// threshold of 0 would drop them from the schema), with a threshold nobody reaches.
const payloadLockOutOfReach = 2 ** 31 - 1

/** Sign-in protection shared by our users collection and a host's own (see the README). */
function signInProtection(options: SanitizedTalkNotesPluginConfig) {
  const limits = createSignInLimits(options)
  return {
    afterOperation: [refundSignIn(options, limits)],
    beforeOperation: [limitSignInAttempts(options, limits), hashForUnknownAccount],
    endpoints: [createForgotPasswordEndpoint(options)],
  }
}

/** Staff and speaker accounts, used when the host app has no users collection of its own. */
export function createUsersCollection(options: SanitizedTalkNotesPluginConfig): CollectionConfig {
  const { slugs } = options
  const protection = signInProtection(options)
  return {
    slug: slugs.users,
    access: {
      admin: ({ req }) => Boolean(req.user),
      create: isAdmin(slugs.users),
      delete: isAdmin(slugs.users),
      read: isSelfOrAdmin(slugs.users),
      // Payload's default lets any signed-in user of the admin's collection unlock any account.
      unlock: isAdmin(slugs.users),
      update: isSelfOrAdmin(slugs.users),
    },
    // Editors and speakers read their own account only, on the admin's account page: the list is the admins'.
    admin: {
      defaultColumns: ['email', 'name', 'role', 'speaker'],
      group: adminGroups.admin,
      hidden: hiddenUnlessAdmin(slugs.users),
      listSearchableFields: ['email', 'name'],
      useAsTitle: 'email',
    },
    auth: { maxLoginAttempts: payloadLockOutOfReach },
    endpoints: protection.endpoints,
    fields: [{ name: 'name', type: 'text' }, ...createUserRoleFields(options)],
    hooks: {
      afterOperation: protection.afterOperation,
      beforeChange: [grantFirstUserAdmin],
      beforeOperation: protection.beforeOperation,
    },
  }
}

/**
 * Adds the role fields, first-user hook and sign-in protection to a host app's own users
 * collection, without mutating it. The host's own `access.unlock` and `auth.maxLoginAttempts` win.
 * Its access rules stand (Payload's default, any signed-in user, where it has none), narrowed for
 * the plugin's speaker accounts only: they read and update their own account alone, and create or
 * delete none.
 */
export function extendUsersCollection(
  existing: CollectionConfig,
  options: SanitizedTalkNotesPluginConfig,
): CollectionConfig {
  const protection = signInProtection(options)
  const auth = typeof existing.auth === 'object' ? existing.auth : {}
  const hooks = existing.hooks ?? {}
  const access = existing.access ?? {}
  const { users } = options.slugs
  return {
    ...existing,
    access: {
      ...access,
      create: isAllowedByUnlessSpeaker(access.create ?? isSignedIn, users),
      delete: isAllowedByUnlessSpeaker(access.delete ?? isSignedIn, users),
      read: isAllowedByOnlySelfForSpeakers(access.read ?? isSignedIn, users),
      unlock: access.unlock ?? isAdmin(users),
      update: isAllowedByOnlySelfForSpeakers(access.update ?? isSignedIn, users),
    },
    // With the plugin's admin tools unless the host grouped it itself.
    admin: { ...existing.admin, group: existing.admin?.group ?? adminGroups.admin },
    auth: { ...auth, maxLoginAttempts: auth.maxLoginAttempts ?? payloadLockOutOfReach },
    // Ours first: Payload matches endpoints in order, and its defaults come after a collection's own.
    endpoints: existing.endpoints === false ? false : [...protection.endpoints, ...(existing.endpoints ?? [])],
    fields: [...existing.fields, ...createUserRoleFields(options)],
    hooks: {
      ...hooks,
      afterOperation: [...(hooks.afterOperation ?? []), ...protection.afterOperation],
      beforeChange: [...(hooks.beforeChange ?? []), grantFirstUserAdmin],
      // Limits first, so a refused attempt runs none of the host's hooks either.
      beforeOperation: [...protection.beforeOperation, ...(hooks.beforeOperation ?? [])],
    },
  }
}
