import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'

import type { SanitizedTalkNotesPluginConfig } from '../../../types.ts'

import { decisionMail, reviewRequestedMail } from '../../../email/messages.ts'
import { linkedSpeakerId, userRole } from '../../../utilities/userRole.ts'
import {
  describeChanges,
  diffProfiles,
  formatValue,
  pickProfile,
  type ReviewAction,
  reviewActions,
  storedProfile,
} from '../profile.ts'
import { adminUrl, findLinkedAccount, logEntry, notifyEditors, queueMail, siteName, withLogEntry, writeProfile } from '../review.ts'

function refuse(collection: string, id: number | string, path: string, message: string): never {
  throw new ValidationError({ id, collection, errors: [{ message: `${path}: ${message}`, path }] })
}

/**
 * Carries out a review step sent as `reviewAction` (with `reviewComment`): the speaker approves
 * the pending text, an editor asks the speaker for a review, or accepts or rejects the speaker's
 * proposal. Approved text is written into the public fields only here. Runs after
 * `routeProfileChanges`, so it sees the pending text of this very write.
 */
export const applyReviewAction =
  (options: SanitizedTalkNotesPluginConfig): CollectionBeforeChangeHook =>
  async ({ collection, data, operation, originalDoc, req }) => {
    const action = data.reviewAction as ReviewAction | null | undefined
    const comment = typeof data.reviewComment === 'string' && data.reviewComment.trim() ? data.reviewComment.trim() : null
    const result: Record<string, unknown> = { ...data }
    delete result.reviewAction
    delete result.reviewComment
    if (!action) return result
    const slug = collection.slug
    const doc = (originalDoc ?? {}) as Record<string, unknown>
    const id = doc.id as number
    if (operation !== 'update' || !originalDoc) refuse(slug, 'new', 'reviewAction', 'a new profile has nothing to review yet')
    if (!reviewActions.includes(action)) refuse(slug, id, 'reviewAction', `unknown action "${String(action)}"`)

    const usersSlug = options.slugs.users
    const role = userRole(req.user, usersSlug)
    const isEditor = role === 'editor' || role === 'admin'
    const isOwnSpeaker = role === 'speaker' && String(linkedSpeakerId(req.user, usersSlug)) === String(id)
    const published = pickProfile(doc)
    const draft = storedProfile(result.draft)
    const proposal = storedProfile(result.proposal)
    const name = String(published.name ?? id)

    if (action === 'approve') {
      if (!isOwnSpeaker) refuse(slug, id, 'reviewAction', 'only the speaker of this profile can approve its text')
      if (proposal) {
        refuse(slug, id, 'reviewAction', `the changes you proposed to "${name}" are waiting for an editor; they cannot be approved before that`)
      }
      const approved = draft ?? published
      writeProfile(result, approved)
      result.draft = null
      result.reviewState = 'approved'
      const changes = diffProfiles(published, approved)
      result.reviewLog = withLogEntry(result, doc, logEntry(req, usersSlug, 'approved', { changes, comment }))
      await notifyEditors(req, options, doc, 'approved', changes)
      return result
    }

    if (!isEditor) refuse(slug, id, 'reviewAction', `only editors can ${action.replace('-', ' ')} a profile review`)
    const account = await findLinkedAccount(req, usersSlug, id)
    if (!account) refuse(slug, id, 'reviewAction', `"${name}" has no speaker account yet; invite the speaker first`)

    if (action === 'request-review') {
      if (proposal) refuse(slug, id, 'reviewAction', `the speaker has proposed changes to "${name}"; accept or reject them first`)
      result.reviewState = 'awaiting-speaker'
      result.reviewLog = withLogEntry(result, doc, logEntry(req, usersSlug, 'review-requested', { comment }))
      const mail = reviewRequestedMail({ adminUrl: adminUrl(options, req, id), profileName: name, siteName: siteName(options) })
      queueMail(req, { ...mail, required: false, speakerId: id, to: account.email })
      return result
    }

    if (!proposal) refuse(slug, id, 'reviewAction', `there is no proposal from the speaker of "${name}" to ${action}`)
    const changes = diffProfiles(published, proposal)
    if (action === 'reject' && !comment) refuse(slug, id, 'reviewComment', 'say why the proposal is rejected; the speaker receives this comment')
    if (action === 'accept') {
      writeProfile(result, proposal)
      result.draft = null
      result.proposal = null
      result.reviewState = 'approved'
      result.reviewLog = withLogEntry(result, doc, logEntry(req, usersSlug, 'accepted', { changes, comment }))
    } else {
      result.proposal = null
      result.reviewState = 'awaiting-speaker'
      result.reviewLog = withLogEntry(result, doc, logEntry(req, usersSlug, 'rejected', { changes, comment }))
    }
    const mail = decisionMail({
      accepted: action === 'accept',
      adminUrl: adminUrl(options, req, id),
      changes: describeChanges(changes, (_change, value) => formatValue(value)),
      comment,
      profileName: name,
      siteName: siteName(options),
    })
    queueMail(req, { ...mail, required: false, speakerId: id, to: account.email })
    return result
  }
