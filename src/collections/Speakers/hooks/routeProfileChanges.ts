import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'

import type { SanitizedTalkNotesPluginConfig } from '../../../types.ts'

import { linkedSpeakerId, userRole } from '../../../utilities/userRole.ts'
import {
  diffProfiles,
  normalizeField,
  pickProfile,
  profileFields,
  type ProfileValues,
  type ReviewState,
  sameProfile,
  storedProfile,
} from '../profile.ts'
import {
  applyReviewContext,
  findLinkedAccount,
  keepPublished,
  logEntry,
  notifyEditors,
  settledState,
  submittedFields,
  validateProfile,
  withLogEntry,
} from '../review.ts'

/**
 * Keeps unapproved text out of the public fields. Once a profile has a speaker account, an
 * editor's change becomes the pending draft the speaker reviews, and a speaker's change becomes a
 * proposal an editor accepts or rejects; the published values stay as they are. Profiles without
 * an account are written directly, as nobody could review them.
 */
export const routeProfileChanges =
  (options: SanitizedTalkNotesPluginConfig): CollectionBeforeChangeHook =>
  async ({ collection, context, data, operation, originalDoc, req }) => {
    if (operation !== 'update' || !originalDoc || context[applyReviewContext] || !req.user) return data
    const usersSlug = options.slugs.users
    const role = userRole(req.user, usersSlug)
    const doc = originalDoc as Record<string, unknown>
    const published = pickProfile(doc)
    const draft = storedProfile(doc.draft)
    const proposal = storedProfile(doc.proposal)
    const working = proposal ?? draft ?? published
    const sent = submittedFields(context) ?? new Set(Object.keys(data))
    const next = { ...working } as Record<keyof ProfileValues, unknown>
    for (const field of profileFields) {
      if (sent.has(field)) next[field] = normalizeField(field, data[field])
    }
    const proposed = next as ProfileValues
    const changes = diffProfiles(working, proposed)
    const state = (doc.reviewState as ReviewState | undefined) ?? 'unreviewed'
    const isEditor = role === 'editor' || role === 'admin'
    const isOwnSpeaker = role === 'speaker' && String(linkedSpeakerId(req.user, usersSlug)) === String(doc.id)

    if (isEditor && !(await findLinkedAccount(req, usersSlug, doc.id as number))) {
      // Direct edit; pending text of an account that no longer exists has nobody to review it.
      if (draft || proposal) return { ...data, draft: null, proposal: null, reviewState: 'unreviewed' }
      return data
    }

    const result: Record<string, unknown> = { ...data }
    keepPublished(result, doc)
    if (changes.length === 0 || !(isEditor || isOwnSpeaker)) return result

    const invalid = await validateProfile({
      id: doc.id as number,
      collection,
      relations: { organization: options.slugs.organizations, photo: options.slugs.media },
      req,
      values: proposed,
    })
    if (invalid.length > 0) throw new ValidationError({ id: doc.id as number, collection: collection.slug, errors: invalid })

    if (isEditor) {
      if (proposal) {
        throw new ValidationError({
          id: doc.id as number,
          collection: collection.slug,
          errors: changes.map((change) => ({
            message: `${change.field}: the speaker has proposed changes to "${String(published.name)}"; accept or reject them before editing`,
            path: change.field,
          })),
        })
      }
      const nextDraft = sameProfile(proposed, published) ? null : proposed
      result.draft = nextDraft
      result.reviewState = state === 'awaiting-speaker' ? state : nextDraft ? 'drafted' : settledState(doc)
      result.reviewLog = withLogEntry(result, doc, logEntry(req, usersSlug, 'edited', { changes }))
      return result
    }

    const basis = draft ?? published
    if (sameProfile(proposed, basis)) {
      result.proposal = null
      result.reviewState = draft || proposal ? 'awaiting-speaker' : state
      result.reviewLog = withLogEntry(result, doc, logEntry(req, usersSlug, 'withdrawn', { changes }))
      return result
    }
    result.proposal = proposed
    result.reviewState = 'changes-proposed'
    result.reviewLog = withLogEntry(result, doc, logEntry(req, usersSlug, 'proposed', { changes: diffProfiles(basis, proposed) }))
    await notifyEditors(req, options, doc, 'proposed', diffProfiles(published, proposed))
    return result
  }
