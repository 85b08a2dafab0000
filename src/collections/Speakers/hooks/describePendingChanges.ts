import type { FieldHook } from 'payload'

import type { SanitizedTalkNotesPluginConfig } from '../../../types.ts'

import { describeChanges, diffProfiles, formatValue, pickProfile, type ProfileChange, storedProfile } from '../profile.ts'

/**
 * The read-only "Pending changes" text of the admin's profile view: field by field, what the
 * speaker's proposal (else the editor's draft) would change in the published profile, with the
 * organization and photo named rather than numbered.
 */
export const describePendingChanges =
  (options: SanitizedTalkNotesPluginConfig): FieldHook =>
  async ({ data, req }) => {
    const doc = (data ?? {}) as Record<string, unknown>
    const proposal = storedProfile(doc.proposal)
    const pending = proposal ?? storedProfile(doc.draft)
    if (!pending) return null
    const changes = diffProfiles(pickProfile(doc), pending)
    if (changes.length === 0) return null
    const name = async (change: ProfileChange, value: unknown): Promise<string> => {
      if ((change.field !== 'organization' && change.field !== 'photo') || value === null) return formatValue(value)
      const collection = change.field === 'organization' ? options.slugs.organizations : options.slugs.media
      const found = (await req.payload.findByID({
        collection,
        depth: 0,
        disableErrors: true,
        id: value as number,
        overrideAccess: true,
        req,
      })) as null | Record<string, unknown>
      const title = found ? (found.name ?? found.alt ?? found.filename) : null
      return title ? `${String(title)} (#${String(value)})` : formatValue(value)
    }
    const names = new Map<string, string>()
    for (const change of changes) {
      for (const value of [change.from, change.to]) names.set(`${change.field}:${JSON.stringify(value)}`, await name(change, value))
    }
    const heading = proposal ? 'Proposed by the speaker' : 'Drafted by an editor, for the speaker to approve'
    return `${heading}:\n\n${describeChanges(changes, (change, value) => names.get(`${change.field}:${JSON.stringify(value)}`) ?? '')}`
  }
