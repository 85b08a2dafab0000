import type { CollectionBeforeChangeHook } from 'payload'

import { randomBytes } from 'node:crypto'
import { ValidationError } from 'payload'

import type { SanitizedTalkNotesPluginConfig } from '../../../types.ts'

import { invitationMail } from '../../../email/messages.ts'
import { userRole } from '../../../utilities/userRole.ts'
import { serverUrl } from '../../../utilities/serverUrl.ts'
import { createInvitationToken } from '../invitationToken.ts'
import { findLinkedAccount, logEntry, queueMail, siteName, withLogEntry } from '../review.ts'

export interface InvitationRow {
  email: string
  expiresAt: string
  id?: string
  invitedAt: string
  invitedBy?: null | number | string
  state: 'expired' | 'pending' | 'superseded' | 'used'
  tokenHash: string
  usedAt?: null | string
}

const emailPattern = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/

/**
 * An editor's `inviteEmail`: creates the speaker account (or reuses this profile's own), issues a
 * new single-use link (only its hash is stored; earlier links of the profile are superseded) and
 * queues the e-mail. Addresses of editors, admins or other speakers' accounts are refused.
 */
export const prepareInvitation =
  (options: SanitizedTalkNotesPluginConfig): CollectionBeforeChangeHook =>
  async ({ collection, data, operation, originalDoc, req }) => {
    const raw = data.inviteEmail
    const result: Record<string, unknown> = { ...data }
    delete result.inviteEmail
    if (typeof raw !== 'string' || raw.trim() === '') return result
    const usersSlug = options.slugs.users
    const doc = (originalDoc ?? {}) as Record<string, unknown>
    const id = doc.id as number
    const refuse = (message: string): never => {
      throw new ValidationError({
        id: id ?? 'new',
        collection: collection.slug,
        errors: [{ message: `inviteEmail: ${message}`, path: 'inviteEmail' }],
      })
    }
    const role = userRole(req.user, usersSlug)
    if (role !== 'editor' && role !== 'admin') refuse('only editors can invite speakers')
    if (operation !== 'update' || !originalDoc) refuse('save the profile before inviting its speaker')
    const email = raw.trim().toLowerCase()
    if (!emailPattern.test(email)) refuse(`"${raw}" is not an e-mail address`)

    const { docs } = await req.payload.find({
      collection: usersSlug,
      depth: 0,
      limit: 1,
      overrideAccess: true,
      pagination: false,
      req,
      where: { email: { equals: email } },
    })
    const existing = docs[0] as unknown as (Record<string, unknown> & { id: number | string }) | undefined
    const profileName = String(doc.name ?? id)
    if (existing) {
      const existingRole = String(existing.role ?? '')
      if (existingRole !== 'speaker') {
        refuse(`${email} belongs to an ${existingRole || 'staff'} account; only speakers can be invited to review a profile`)
      }
      const linkedTo = existing.speaker && typeof existing.speaker === 'object' ? (existing.speaker as { id: unknown }).id : existing.speaker
      if (String(linkedTo) !== String(id)) refuse(`${email} belongs to the account of another speaker profile`)
    } else {
      const account = await findLinkedAccount(req, usersSlug, id)
      if (account) {
        refuse(`"${profileName}" is already linked to the account ${account.email}; an admin can change that account's e-mail under Users`)
      }
      await req.payload.create({
        collection: usersSlug,
        data: {
          email,
          name: doc.name,
          // Never disclosed: the account has no usable password until the link sets one.
          password: randomBytes(32).toString('base64url'),
          role: 'speaker',
          speaker: id,
        } as never,
        depth: 0,
        overrideAccess: true,
        req,
      })
    }

    const { hash, token } = createInvitationToken()
    const now = new Date()
    const expiresAt = new Date(now.getTime() + options.invitations.expiresInHours * 3_600_000)
    const earlier = (Array.isArray(doc.invitations) ? (doc.invitations as InvitationRow[]) : []).map((row) =>
      row.state === 'pending' ? { ...row, state: 'superseded' as const } : row,
    )
    result.invitations = [
      ...earlier,
      {
        email,
        expiresAt: expiresAt.toISOString(),
        invitedAt: now.toISOString(),
        invitedBy: req.user?.id ?? null,
        state: 'pending',
        tokenHash: hash,
      } satisfies InvitationRow,
    ]
    result.inviteTokenHash = hash
    if (result.reviewState !== 'changes-proposed') result.reviewState = 'awaiting-speaker'
    result.reviewLog = withLogEntry(result, doc, logEntry(req, usersSlug, 'invited', { comment: `Invitation sent to ${email}` }))
    const link = serverUrl(req, options, `${req.payload.config.routes.api}/${collection.slug}/invitation?token=${token}`)
    const mail = invitationMail({ expiresAt, link, profileName, siteName: siteName(options) })
    queueMail(req, { ...mail, required: true, speakerId: id, to: email })
    return result
  }
