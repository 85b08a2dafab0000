import type { Field } from 'payload'

import type { SanitizedTalkNotesPluginConfig } from '../../types.ts'

import { isAdminField } from '../../access/isAdmin.ts'
import { userRoles } from '../../types.ts'

/**
 * The role and speaker-profile link. Only admins may set either, so nobody can give itself or
 * anyone else a role it lacks; a speaker user must be linked to exactly one profile.
 */
export function createUserRoleFields(options: SanitizedTalkNotesPluginConfig): Field[] {
  const adminOnly = { create: isAdminField(options.slugs.users), update: isAdminField(options.slugs.users) }
  return [
    {
      name: 'role',
      type: 'select',
      access: adminOnly,
      defaultValue: 'editor',
      index: true,
      options: userRoles.map((value) => ({ label: value[0].toUpperCase() + value.slice(1), value })),
      required: true,
      saveToJWT: true,
    },
    {
      name: 'speaker',
      type: 'relationship',
      access: adminOnly,
      admin: {
        condition: (data) => data?.role === 'speaker',
        description: 'The speaker profile this account may review and edit.',
      },
      relationTo: options.slugs.speakers,
      unique: true,
      validate: (value: unknown, { siblingData }: { siblingData: { role?: string } }) => {
        const linked = value !== null && value !== undefined && value !== ''
        if (siblingData.role === 'speaker' && !linked) return 'speaker: a speaker account must be linked to a speaker profile'
        if (siblingData.role !== 'speaker' && linked) return 'speaker: only speaker accounts are linked to a speaker profile'
        return true
      },
    },
  ]
}
