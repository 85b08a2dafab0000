// The invitation link: GET shows the password form (without using the link up), POST sets the
// password. A link works once, until it expires, and only while no newer invitation replaced it.
import type { CollectionSlug, Endpoint, PayloadRequest } from 'payload'

import { commitTransaction, initTransaction, killTransaction } from 'payload'

import type { InvitationRow } from '../../collections/Speakers/hooks/prepareInvitation.ts'
import type { WorkflowLimits } from '../../collections/Speakers/workflowLimits.ts'
import type { SanitizedTalkNotesPluginConfig } from '../../types.ts'

import { hashInvitationToken, isWellFormedToken } from '../../collections/Speakers/invitationToken.ts'
import { applyReviewContext, findLinkedAccount, withLogEntry } from '../../collections/Speakers/review.ts'
import {
  invitationDonePage,
  invitationErrorPage,
  invitationFormPage,
  invitationPageHeaders,
  minimumPasswordLength,
} from './invitationPage.ts'
import { addressKey, consumeRateLimits, describeWait } from '../../utilities/rateLimits.ts'
import { serverUrl } from '../../utilities/serverUrl.ts'

interface Outcome {
  body: Record<string, unknown>
  html: string
  status: number
}

class InvitationRefused extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly retryAfter?: number,
  ) {
    super(message)
  }
}

/** Each use of a link (showing its form, setting the password) counts per client address and per link. */
async function limitLinkUse(req: PayloadRequest, options: SanitizedTalkNotesPluginConfig, limits: WorkflowLimits, token: unknown) {
  const link = typeof token === 'string' && token ? hashInvitationToken(token) : 'none'
  const wait = await consumeRateLimits([
    { key: addressKey(req, options), limiter: limits.invitationLinks.perAddress },
    { key: `link:${link}`, limiter: limits.invitationLinks.perAccount },
  ])
  if (wait !== null) {
    throw new InvitationRefused(`Too many attempts with invitation links; try again in ${describeWait(wait)}.`, 429, wait)
  }
}

type SpeakerRecord = Record<string, unknown> & { id: number | string; invitations?: InvitationRow[] }

async function findByTokenHash(req: PayloadRequest, speakersSlug: CollectionSlug, hash: string) {
  const doc = (await req.payload.db.findOne({
    collection: speakersSlug,
    req,
    where: { 'invitations.tokenHash': { equals: hash } },
  })) as null | SpeakerRecord
  const row = doc?.invitations?.find((invitation) => invitation.tokenHash === hash)
  return doc && row ? { doc, row } : null
}

/** Why a link that cannot be used any more was refused; the token holder may know this much. */
function refusal(row: InvitationRow | undefined): InvitationRefused {
  if (!row) return new InvitationRefused('This invitation link is not valid.', 404)
  if (row.state === 'used') return new InvitationRefused('This invitation link has already been used.', 410)
  if (row.state === 'superseded') return new InvitationRefused('This invitation link was replaced by a newer invitation.', 410)
  return new InvitationRefused('This invitation link has expired.', 410)
}

function isExpired(row: InvitationRow): boolean {
  return new Date(row.expiresAt).getTime() <= Date.now()
}

async function readBody(req: PayloadRequest): Promise<{ json: boolean; values: Record<string, unknown> }> {
  const type = req.headers.get('content-type') ?? ''
  if (type.includes('application/json')) {
    const parsed = (await req.json?.().catch(() => null)) as unknown
    return { json: true, values: parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {} }
  }
  if (type.includes('application/x-www-form-urlencoded') || type.includes('multipart/form-data')) {
    const form = await req.formData?.().catch(() => null)
    return { json: false, values: form ? Object.fromEntries(form.entries()) : {} }
  }
  return { json: true, values: {} }
}

function respond(outcome: Outcome, json: boolean, retryAfter?: number): Response {
  const wait: Record<string, string> = retryAfter === undefined ? {} : { 'Retry-After': String(retryAfter) }
  if (json) return Response.json(outcome.body, { headers: { 'Cache-Control': 'no-store', ...wait }, status: outcome.status })
  return new Response(outcome.html, { headers: { ...invitationPageHeaders, ...wait }, status: outcome.status })
}

async function acceptInvitation(
  req: PayloadRequest,
  options: SanitizedTalkNotesPluginConfig,
  token: string,
  password: string,
): Promise<{ email: string; speakerId: number | string }> {
  const { payload } = req
  const speakersSlug = options.slugs.speakers
  const hash = hashInvitationToken(token)
  const shouldCommit = await initTransaction(req)
  try {
    // The claim is one conditional UPDATE: of two requests with one link, exactly one gets the row.
    const claimed = await payload.db.updateOne({
      collection: speakersSlug,
      data: { inviteTokenHash: null },
      options: { atomic: true },
      req,
      where: { inviteTokenHash: { equals: hash } },
    })
    const found = await findByTokenHash(req, speakersSlug, hash)
    if (!claimed || !found || found.row.state !== 'pending') throw refusal(found?.row)
    const { doc, row } = found
    const markRow = async (state: InvitationRow['state'], extra: Record<string, unknown> = {}) =>
      payload.update({
        id: doc.id,
        collection: speakersSlug,
        context: { [applyReviewContext]: true },
        data: {
          invitations: (doc.invitations ?? []).map((invitation) =>
            invitation.tokenHash === hash ? { ...invitation, state, usedAt: new Date().toISOString() } : invitation,
          ),
          ...extra,
        } as never,
        depth: 0,
        overrideAccess: true,
        req,
      })
    if (isExpired(row)) {
      await markRow('expired')
      if (shouldCommit) await commitTransaction(req)
      throw refusal({ ...row, state: 'expired' })
    }
    const account = await findLinkedAccount(req, options.slugs.users, doc.id)
    if (!account || account.email !== row.email) {
      throw new InvitationRefused('The account this invitation was for has changed; ask for a new invitation.', 409)
    }
    // Changing the password also ends every session of the account (Payload's useSessions).
    await payload.update({
      id: account.id,
      collection: options.slugs.users,
      data: { password } as never,
      depth: 0,
      overrideAccess: true,
      req,
    })
    await payload.unlock({ collection: options.slugs.users, data: { email: account.email }, overrideAccess: true, req })
    await markRow('used', {
      reviewLog: withLogEntry({}, doc, {
        action: 'invitation-accepted',
        at: new Date().toISOString(),
        by: account.id,
        changes: null,
        comment: `Password set by ${account.email}`,
        role: 'speaker',
      }),
    })
    if (shouldCommit) await commitTransaction(req)
    return { email: account.email, speakerId: doc.id }
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

export function createInvitationEndpoints(options: SanitizedTalkNotesPluginConfig, limits: WorkflowLimits): Endpoint[] {
  // Signing in leads straight to the speaker's own profile.
  const loginUrl = (req: PayloadRequest, speakerId: number | string) => {
    const admin = req.payload.config.routes.admin
    const profile = `${admin}/collections/${options.slugs.speakers}/${speakerId}`
    return serverUrl(req, options, `${admin}/login?redirect=${encodeURIComponent(profile)}`)
  }
  return [
    {
      handler: async (req) => {
        const token = new URL(req.url ?? 'http://localhost').searchParams.get('token')
        const page = async (): Promise<Outcome> => {
          await limitLinkUse(req, options, limits, token)
          if (!isWellFormedToken(token)) throw refusal(undefined)
          const found = await findByTokenHash(req, options.slugs.speakers, hashInvitationToken(token))
          if (!found || found.row.state !== 'pending' || isExpired(found.row)) throw refusal(found?.row)
          const html = invitationFormPage({ email: found.row.email, profileName: String(found.doc.name ?? ''), token })
          return { body: { email: found.row.email }, html, status: 200 }
        }
        try {
          return respond(await page(), false)
        } catch (error) {
          if (!(error instanceof InvitationRefused)) throw error
          return respond({ body: {}, html: invitationErrorPage(error.message), status: error.status }, false, error.retryAfter)
        }
      },
      method: 'get',
      path: '/invitation',
    },
    {
      handler: async (req) => {
        const { json, values } = await readBody(req)
        const token = values.token
        const password = typeof values.password === 'string' ? values.password : ''
        const fail = (status: number, message: string, form: boolean, retryAfter?: number) =>
          respond(
            {
              body: { errors: [{ message }] },
              html:
                form && isWellFormedToken(token)
                  ? invitationFormPage({ email: '', error: message, profileName: '', token })
                  : invitationErrorPage(message),
              status,
            },
            json,
            retryAfter,
          )
        try {
          await limitLinkUse(req, options, limits, token)
        } catch (error) {
          if (!(error instanceof InvitationRefused)) throw error
          return fail(error.status, error.message, false, error.retryAfter)
        }
        if (!isWellFormedToken(token)) return fail(404, 'This invitation link is not valid.', false)
        if (password.length < minimumPasswordLength) {
          return fail(400, `password: use at least ${minimumPasswordLength} characters`, true)
        }
        if (typeof values.confirm === 'string' && values.confirm !== password) {
          return fail(400, 'confirm: the two passwords differ', true)
        }
        try {
          const { email, speakerId } = await acceptInvitation(req, options, token, password)
          return respond(
            {
              body: { email, login: loginUrl(req, speakerId), message: 'Password set; sign in to review your profile.' },
              html: invitationDonePage({ email, loginUrl: loginUrl(req, speakerId) }),
              status: 200,
            },
            json,
          )
        } catch (error) {
          if (!(error instanceof InvitationRefused)) throw error
          return fail(error.status, error.message, false)
        }
      },
      method: 'post',
      path: '/invitation',
    },
  ]
}
