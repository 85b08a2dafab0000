// Shared by the speaker-profile review hooks and endpoints: request-context keys, the linked
// account, review-log entries and writing approved values back into the public fields.
import type { CollectionSlug, FieldAffectingData, PayloadRequest, SanitizedCollectionConfig, TypeWithID, Where } from 'payload'

import type { SanitizedTalkNotesPluginConfig } from '../../types.ts'
import type { MailContent } from '../../email/messages.ts'
import type { ProfileChange, ProfileValues, ReviewLogAction, ReviewState } from './profile.ts'

import { speakerStepMail } from '../../email/messages.ts'
import { describeChanges, formatValue, profileFields, relationId } from './profile.ts'
import { serverUrl } from '../../utilities/serverUrl.ts'

/** Set by the workflow's own writes (accepting an invitation), which must not be routed again. */
export const applyReviewContext = 'talkNotesSpeakerReviewApply'
/** The top-level keys a write submitted, remembered before Payload fills in the rest. */
export const submittedFieldsContext = 'talkNotesSpeakerSubmittedFields'
/** Mails decided in beforeChange, sent in afterChange once the write has gone through. */
export const pendingMailContext = 'talkNotesSpeakerMail'

export interface PendingMail extends MailContent {
  /** Failing to send an invitation fails the write: its link would be lost. */
  required: boolean
  speakerId: number | string
  to: string
}

export interface ReviewLogEntry {
  action: ReviewLogAction
  at: string
  by?: null | number | string
  changes?: null | ProfileChange[]
  comment?: null | string
  role: string
}

export interface LinkedAccount extends TypeWithID {
  email: string
  role?: string
}

export function submittedFields(context: Record<string, unknown>): null | Set<string> {
  const value = context[submittedFieldsContext]
  return value instanceof Set ? (value as Set<string>) : null
}

export function queueMail(req: PayloadRequest, mail: PendingMail) {
  const queue = (req.context[pendingMailContext] as PendingMail[] | undefined) ?? []
  req.context[pendingMailContext] = [...queue, mail]
}

/** The speaker account linked to a profile, read with the write's transaction. */
export async function findLinkedAccount(
  req: PayloadRequest,
  usersSlug: CollectionSlug,
  speakerId: number | string,
): Promise<LinkedAccount | null> {
  // A profile has at most one account (enforced on users).
  return (await findAccounts(req, usersSlug, { speaker: { equals: speakerId } }))[0] ?? null
}

/**
 * Who hears of a speaker's step: the editors and admins who took part in this profile's review,
 * else every editor (else every admin), so a proposal never waits unnoticed.
 */
export async function reviewingEditors(
  req: PayloadRequest,
  usersSlug: CollectionSlug,
  doc: Record<string, unknown>,
): Promise<string[]> {
  const log = Array.isArray(doc.reviewLog) ? (doc.reviewLog as ReviewLogEntry[]) : []
  const ids = loggedUserIds(log.filter((entry) => entry.role === 'editor' || entry.role === 'admin'))
  const emails = async (where: Where) => (await findAccounts(req, usersSlug, where)).map((user) => user.email)
  const staff = { role: { in: ['editor', 'admin'] } }
  if (ids.length > 0) {
    const found = await emails({ and: [{ id: { in: ids } }, staff] })
    if (found.length > 0) return found
  }
  const editors = await emails({ role: { equals: 'editor' } })
  return editors.length > 0 ? editors : emails({ role: { equals: 'admin' } })
}

/** The distinct users who took the steps of a review log. */
export function loggedUserIds(log: Array<{ by?: unknown }>): Array<number | string> {
  return [...new Set(log.map((entry) => relationId(entry.by)).filter((id): id is number | string => id !== null))]
}

/** Accounts matching `where`, read by the workflow itself (not on anyone's behalf). */
export async function findAccounts(req: PayloadRequest, usersSlug: CollectionSlug, where: Where): Promise<LinkedAccount[]> {
  const { docs } = await req.payload.find({ collection: usersSlug, depth: 0, overrideAccess: true, pagination: false, req, where })
  return docs as unknown as LinkedAccount[]
}

/** Queues a notice of the speaker's step to the reviewing editors (sent once the write succeeds). */
export async function notifyEditors(
  req: PayloadRequest,
  options: SanitizedTalkNotesPluginConfig,
  doc: Record<string, unknown>,
  step: 'approved' | 'proposed',
  changes: ProfileChange[],
) {
  const id = doc.id as number | string
  const mail = speakerStepMail({
    adminUrl: adminUrl(options, req, id),
    changes: describeChanges(changes, (_change, value) => formatValue(value)),
    profileName: String(doc.name ?? id),
    siteName: siteName(options),
    step,
  })
  for (const to of await reviewingEditors(req, options.slugs.users, doc)) {
    queueMail(req, { ...mail, required: false, speakerId: id, to })
  }
}

export function logEntry(
  req: PayloadRequest,
  usersSlug: CollectionSlug,
  action: ReviewLogAction,
  extra: { changes?: ProfileChange[]; comment?: null | string } = {},
): ReviewLogEntry {
  const user = req.user && req.user.collection === usersSlug ? req.user : null
  return {
    action,
    at: new Date().toISOString(),
    by: user?.id ?? null,
    changes: extra.changes && extra.changes.length > 0 ? extra.changes : null,
    comment: extra.comment ?? null,
    role: user ? String((user as { role?: unknown }).role ?? 'user') : 'system',
  }
}

/**
 * The review log with `entry` added. `data` is the write in progress (an earlier hook may have
 * logged a step already); the stored document is the fallback.
 */
export function withLogEntry(data: Record<string, unknown>, doc: Record<string, unknown>, entry: ReviewLogEntry): ReviewLogEntry[] {
  const current = Array.isArray(data.reviewLog) ? data.reviewLog : doc.reviewLog
  return [...(Array.isArray(current) ? (current as ReviewLogEntry[]) : []), entry]
}

/** Where a profile rests with nothing pending: approved once a speaker or editor agreed on its text. */
export function settledState(doc: Record<string, unknown>): ReviewState {
  const log = Array.isArray(doc.reviewLog) ? (doc.reviewLog as ReviewLogEntry[]) : []
  return log.some((entry) => entry.action === 'approved' || entry.action === 'accepted') ? 'approved' : 'unreviewed'
}

/** Puts `values` into the public fields of `data`; array rows get new ids. */
export function writeProfile(data: Record<string, unknown>, values: ProfileValues) {
  for (const field of profileFields) {
    data[field] = field === 'links' ? values.links.map((link) => ({ label: link.label, url: link.url })) : values[field]
  }
}

/** Keeps the public fields of `data` as they are stored: pending text lives elsewhere. */
export function keepPublished(data: Record<string, unknown>, originalDoc: Record<string, unknown>) {
  for (const field of profileFields) data[field] = originalDoc[field] ?? null
}

type FieldValidate = (value: unknown, options: Record<string, unknown>) => Promise<string | true> | string | true

function namedField(fields: SanitizedCollectionConfig['flattenedFields'], name: string) {
  return fields.find((field) => 'name' in field && field.name === name) as
    | (FieldAffectingData & { flattenedFields?: SanitizedCollectionConfig['flattenedFields']; validate?: FieldValidate })
    | undefined
}

/**
 * Runs the profile fields' own validators (required, lengths, URLs) over pending text, which is
 * stored as JSON and would otherwise only be checked when it is published, and checks that the
 * organization and photo it names exist.
 */
export async function validateProfile(args: {
  collection: SanitizedCollectionConfig
  id: number | string
  relations: { organization: CollectionSlug; photo: CollectionSlug }
  req: PayloadRequest
  values: ProfileValues
}): Promise<Array<{ message: string; path: string }>> {
  const { collection, id, relations, req, values } = args
  const errors: Array<{ message: string; path: string }> = []
  const run = async (field: ReturnType<typeof namedField>, value: unknown, path: string, siblingData: unknown) => {
    if (!field?.validate) return
    const result = await field.validate(value, {
      ...field,
      id,
      collectionSlug: collection.slug,
      data: values,
      event: 'submit',
      operation: 'update',
      overrideAccess: true,
      path: path.split('.'),
      preferences: { fields: {} },
      req,
      siblingData,
    })
    if (typeof result === 'string') errors.push({ message: result.startsWith(path) ? result : `${path}: ${result}`, path })
  }
  for (const name of profileFields) {
    const field = namedField(collection.flattenedFields, name)
    await run(field, values[name], name, values)
    if (name === 'links' && field?.flattenedFields) {
      for (const [index, row] of values.links.entries()) {
        for (const sub of ['label', 'url']) {
          await run(namedField(field.flattenedFields, sub), row[sub as 'label' | 'url'], `links.${index}.${sub}`, row)
        }
      }
    }
  }
  for (const name of ['organization', 'photo'] as const) {
    const value = values[name]
    if (value === null) continue
    const { totalDocs } = await req.payload.count({ collection: relations[name], req, where: { id: { equals: value } } })
    if (totalDocs === 0) errors.push({ message: `${name}: no ${relations[name]} document with id ${String(value)}`, path: name })
  }
  return errors
}

/** The site's host name, as e-mails name the site. */
export function siteName(options: SanitizedTalkNotesPluginConfig): string {
  return new URL(options.siteUrl).host
}

/** The profile's page in the admin panel, for links in e-mails. */
export function adminUrl(options: SanitizedTalkNotesPluginConfig, req: PayloadRequest, id: number | string): string {
  return serverUrl(req, options, `${req.payload.config.routes.admin}/collections/${options.slugs.speakers}/${id}`)
}
