import type { CollectionConfig } from 'payload'

import type { SanitizedTalkNotesPluginConfig } from '../../types'

import { isAdmin } from '../../access/isAdmin'
import { isSelfOrAdmin } from '../../access/isSelfOrAdmin'
import { hiddenFromSpeakers } from '../../access/hiddenFromSpeakers'
import { createUserRoleFields } from './fields'
import { grantFirstUserAdmin } from './hooks/grantFirstUserAdmin'

/** Staff and speaker accounts, used when the host app has no users collection of its own. */
export function createUsersCollection(options: SanitizedTalkNotesPluginConfig): CollectionConfig {
  const { slugs } = options
  return {
    slug: slugs.users,
    access: {
      admin: ({ req }) => Boolean(req.user),
      create: isAdmin(slugs.users),
      delete: isAdmin(slugs.users),
      read: isSelfOrAdmin(slugs.users),
      update: isSelfOrAdmin(slugs.users),
    },
    // Speakers reach their own account through the admin's account page, not the users list.
    admin: { defaultColumns: ['email', 'name', 'role'], group: 'Admin', hidden: hiddenFromSpeakers(slugs.users), useAsTitle: 'email' },
    auth: { lockTime: 10 * 60 * 1000, maxLoginAttempts: 5 },
    fields: [{ name: 'name', type: 'text' }, ...createUserRoleFields(options)],
    hooks: { beforeChange: [grantFirstUserAdmin] },
  }
}

/** Adds the role fields and first-user hook to a host app's own users collection, without mutating it. */
export function extendUsersCollection(
  existing: CollectionConfig,
  options: SanitizedTalkNotesPluginConfig,
): CollectionConfig {
  return {
    ...existing,
    fields: [...existing.fields, ...createUserRoleFields(options)],
    hooks: { ...existing.hooks, beforeChange: [...(existing.hooks?.beforeChange ?? []), grantFirstUserAdmin] },
  }
}
