// Review and invitation endpoints of a speaker profile. They write through the collection
// (`reviewAction`, `inviteEmail`) with the caller's access, so REST, GraphQL, the admin panel and
// these endpoints share one implementation of every rule.
import type { Endpoint, PayloadRequest } from 'payload'

import { APIError, Forbidden } from 'payload'

import type { SanitizedTalkNotesPluginConfig } from '../../types.ts'

import { diffProfiles, pickProfile, profileFieldLabels, profileFields, relationId, storedProfile } from '../../collections/Speakers/profile.ts'
import { findAccounts, findLinkedAccount, loggedUserIds } from '../../collections/Speakers/review.ts'
import { linkedSpeakerId, userRole } from '../../utilities/userRole.ts'

async function readJson(req: PayloadRequest): Promise<Record<string, unknown>> {
  const parsed = (await req.json?.().catch(() => null)) as unknown
  return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {}
}

function profileId(req: PayloadRequest): string {
  const id = req.routeParams?.id
  if (typeof id !== 'string' && typeof id !== 'number') throw new APIError('id: missing profile id', 400)
  return String(id)
}

/** Editors and admins, or the speaker of this profile; anyone else gets 403 without details. */
function assertReviewer(req: PayloadRequest, options: SanitizedTalkNotesPluginConfig, id: string) {
  if (isEditor(req, options)) return
  const own = linkedSpeakerId(req.user, options.slugs.users)
  if (own !== null && String(own) === id) return
  throw new Forbidden(req.t)
}

function isEditor(req: PayloadRequest, options: SanitizedTalkNotesPluginConfig): boolean {
  const role = userRole(req.user, options.slugs.users)
  return role === 'editor' || role === 'admin'
}

async function linkedAccount(req: PayloadRequest, options: SanitizedTalkNotesPluginConfig, doc: Record<string, unknown>) {
  const account = await findLinkedAccount(req, options.slugs.users, doc.id as number)
  const invitations = Array.isArray(doc.invitations) ? (doc.invitations as Array<Record<string, unknown>>) : []
  return {
    email: account?.email ?? null,
    invitations: invitations.map((row) => ({
      email: row.email ?? null,
      expiresAt: row.expiresAt ?? null,
      invitedAt: row.invitedAt ?? null,
      state: row.state ?? null,
      usedAt: row.usedAt ?? null,
    })),
  }
}

/**
 * The review as the workflow sees it: published values, the pending text and where it comes
 * from, a field-by-field diff (with names for the organization and photo) and the log.
 */
export async function loadReview(req: PayloadRequest, options: SanitizedTalkNotesPluginConfig, id: string) {
  const doc = (await req.payload.db.findOne({
    collection: options.slugs.speakers,
    req,
    where: { id: { equals: id } },
  })) as null | Record<string, unknown>
  if (!doc) throw new APIError(`${options.slugs.speakers}: no profile with id ${id}`, 404)
  const published = pickProfile(doc)
  const proposal = storedProfile(doc.proposal)
  const draft = storedProfile(doc.draft)
  const pending = proposal ?? draft
  const names = async (field: string, value: unknown) => {
    if (value === null || (field !== 'organization' && field !== 'photo')) return null
    const collection = field === 'organization' ? options.slugs.organizations : options.slugs.media
    const found = (await req.payload.findByID({ collection, depth: 0, disableErrors: true, id: value as number, req })) as null | Record<
      string,
      unknown
    >
    return found ? String(found.name ?? found.alt ?? found.filename ?? '') : null
  }
  const changes = await Promise.all(
    (pending ? diffProfiles(published, pending) : []).map(async (change) => ({
      ...change,
      fromName: await names(change.field, change.from),
      toName: await names(change.field, change.to),
    })),
  )
  const editor = isEditor(req, options)
  const entries = Array.isArray(doc.reviewLog) ? (doc.reviewLog as Array<Record<string, unknown>>) : []
  // Editors see who took each step (one query for all of them); a speaker sees roles only.
  const ids = editor ? loggedUserIds(entries) : []
  const accounts = ids.length > 0 ? await findAccounts(req, options.slugs.users, { id: { in: ids } }) : []
  const emails = new Map(accounts.map((account) => [String(account.id), account.email]))
  const log = entries.map((entry) => {
    const by = relationId(entry.by)
    return {
      action: entry.action,
      at: entry.at,
      by,
      byEmail: editor && by !== null ? (emails.get(String(by)) ?? null) : undefined,
      changes: entry.changes ?? null,
      comment: entry.comment ?? null,
      role: entry.role ?? null,
    }
  })
  return {
    id: doc.id,
    /** Editors only: the linked account and the invitations sent (the speaker knows its own). */
    account: editor ? await linkedAccount(req, options, doc) : undefined,
    changes,
    draft,
    fields: profileFields.map((field) => ({ field, label: profileFieldLabels[field] })),
    log,
    name: published.name,
    pendingFrom: proposal ? 'speaker' : draft ? 'editor' : null,
    proposal,
    published,
    reviewState: doc.reviewState ?? 'unreviewed',
    /** What an approval or acceptance would publish. */
    workingCopy: pending ?? published,
  }
}

export function createSpeakerReviewEndpoints(options: SanitizedTalkNotesPluginConfig): Endpoint[] {
  const speakers = options.slugs.speakers
  return [
    {
      handler: async (req) => {
        const id = profileId(req)
        assertReviewer(req, options, id)
        return Response.json(await loadReview(req, options, id))
      },
      method: 'get',
      path: '/:id/review',
    },
    {
      handler: async (req) => {
        const id = profileId(req)
        assertReviewer(req, options, id)
        const body = await readJson(req)
        if (typeof body.action !== 'string') throw new APIError('action: one of approve, request-review, accept, reject', 400)
        await req.payload.update({
          id,
          collection: speakers,
          data: { reviewAction: body.action, reviewComment: typeof body.comment === 'string' ? body.comment : null } as never,
          depth: 0,
          overrideAccess: false,
          req,
          user: req.user,
        })
        return Response.json(await loadReview(req, options, id))
      },
      method: 'post',
      path: '/:id/review',
    },
    {
      handler: async (req) => {
        const id = profileId(req)
        if (!isEditor(req, options)) throw new Forbidden(req.t)
        const body = await readJson(req)
        if (typeof body.email !== 'string' || body.email.trim() === '') throw new APIError('email: the speaker\'s e-mail address is required', 400)
        await req.payload.update({
          id,
          collection: speakers,
          data: { inviteEmail: body.email } as never,
          depth: 0,
          overrideAccess: false,
          req,
          user: req.user,
        })
        const review = await loadReview(req, options, id)
        return Response.json({
          email: body.email.trim().toLowerCase(),
          message: `Invitation sent to ${body.email.trim().toLowerCase()}`,
          reviewState: review.reviewState,
        })
      },
      method: 'post',
      path: '/:id/invite',
    },
  ]
}
