import type { CollectionAfterChangeHook } from 'payload'

import { APIError } from 'payload'

import { type PendingMail, pendingMailContext } from '../review.ts'

/**
 * Sends the e-mails the change hooks decided on, once the write has passed validation. An
 * invitation that cannot be sent fails the write (the transaction is rolled back, so no link
 * exists that nobody received); a notice about a review decision is logged and does not undo it.
 */
export const sendReviewMail: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  const queue = (req.context[pendingMailContext] as PendingMail[] | undefined) ?? []
  const mine = queue.filter((mail) => String(mail.speakerId) === String(doc.id))
  if (mine.length === 0) return doc
  req.context[pendingMailContext] = queue.filter((mail) => !mine.includes(mail))
  for (const mail of mine) {
    try {
      await req.payload.sendEmail({ html: mail.html, subject: mail.subject, text: mail.text, to: mail.to })
    } catch (error) {
      req.payload.logger.error({ err: error, msg: `${collection.slug} ${String(doc.id)}: could not send "${mail.subject}" to ${mail.to}` })
      if (mail.required) throw new APIError(`inviteEmail: the invitation to ${mail.to} could not be sent; nothing was changed`, 502)
    }
  }
  return doc
}
