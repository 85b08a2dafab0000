import type { CollectionAfterOperationHook, PayloadRequest } from 'payload'

import type { SanitizedTalkNotesPluginConfig } from '../../../types.ts'

import { linkedSpeakerId, userRole } from '../../../utilities/userRole.ts'
import { pickProfile, profileFields, relationId, storedProfile } from '../profile.ts'

type Doc = Record<string, unknown>

/**
 * The public fields of a profile hold only approved text. Its speaker, and editors asking for
 * drafts (`draft=true`, as the admin panel does) or reading back their own write, see instead the
 * working copy: the speaker's proposal, else the editor's draft. That is the exact text an approval
 * would publish. Everyone else, and every read without those conditions, gets the published values.
 */
export const showWorkingCopy =
  (options: SanitizedTalkNotesPluginConfig): CollectionAfterOperationHook =>
  async ({ args, operation, req, result }) => {
    if (!result || !req.user) return result
    const usersSlug = options.slugs.users
    const role = userRole(req.user, usersSlug)
    const ownId = linkedSpeakerId(req.user, usersSlug)
    const isWrite = operation === 'updateByID' || operation === 'update'
    const wantsDraft = Boolean((args as { draft?: unknown }).draft)
    const editorSees = (role === 'editor' || role === 'admin') && (isWrite || wantsDraft)
    const depth = (args as { depth?: number }).depth
    const overlay = async (doc: Doc) => {
      if (!doc || typeof doc !== 'object') return doc
      const own = ownId !== null && String(ownId) === String(doc.id)
      if (!own && !editorSees) return doc
      const working = storedProfile(doc.proposal) ?? storedProfile(doc.draft)
      if (!working) return doc
      return withWorkingCopy(doc, working, { depth, options, req })
    }
    switch (operation) {
      case 'findByID':
      case 'updateByID':
        return (await overlay(result as Doc)) as typeof result
      case 'find':
      case 'update': {
        const page = result as { docs?: Doc[] }
        if (!Array.isArray(page.docs)) return result
        return { ...page, docs: await Promise.all(page.docs.map(overlay)) } as typeof result
      }
      default:
        return result
    }
  }

async function withWorkingCopy(
  doc: Doc,
  working: ReturnType<typeof pickProfile>,
  { depth, options, req }: { depth: number | undefined; options: SanitizedTalkNotesPluginConfig; req: PayloadRequest },
): Promise<Doc> {
  const next: Doc = { ...doc }
  const relations = { organization: options.slugs.organizations, photo: options.slugs.media } as const
  for (const field of profileFields) {
    if (field === 'organization' || field === 'photo') {
      const value = working[field]
      const current = doc[field]
      if (relationId(current) === value) continue
      // Keep the read's shape: populated when the published value was populated.
      const populated = current && typeof current === 'object' && value !== null && depth !== 0
      next[field] = populated
        ? await req.payload
            .findByID({ collection: relations[field], depth: 0, disableErrors: true, id: value, overrideAccess: false, req, user: req.user })
            .then((found) => found ?? value)
        : value
      continue
    }
    next[field] = working[field]
  }
  return next
}
