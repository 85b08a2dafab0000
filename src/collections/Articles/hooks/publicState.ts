// What a write did to the public side of an article. With drafts on, "save draft" writes only a
// version and leaves the published document as it was, so the answer comes from the main table,
// read inside the same transaction before and after the write, not from `_status` on the doc.
// A draft save (autosave among them) is known to leave the main table alone and reads nothing.
import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook, CollectionSlug, PayloadRequest } from 'payload'

export type PublicTransition = 'draft-only' | 'published' | 'unpublished' | 'updated'

export interface MainState {
  featuredSessions: string[]
  public: boolean
  updatedAt?: string
}

export interface PublicChange {
  after: MainState
  before: MainState
  transition: PublicTransition
}

type Ref = { id: number | string } | number | string

const contextKey = 'talkNotesMainState'
const draftKey = 'talkNotesDraftWrite'


async function mainState(req: PayloadRequest, collection: CollectionSlug, id: number | string): Promise<MainState> {
  const doc = await req.payload.db.findOne<{
    _status?: string
    featuredSessions?: Ref[]
    id: number | string
    updatedAt?: string
  }>({
    collection,
    req,
    select: { _status: true, featuredSessions: true, updatedAt: true },
    where: { id: { equals: id } },
  })
  return {
    featuredSessions: (doc?.featuredSessions ?? []).map((ref) => String(typeof ref === 'object' ? ref.id : ref)).sort(),
    public: doc?._status === 'published',
    updatedAt: doc?.updatedAt,
  }
}

/**
 * beforeOperation: notes whether an update asks for a draft save. Payload then writes a version
 * only, unless the data publishes (the rule of Payload's update operation).
 */
export const rememberDraftWrite: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (operation === 'update') {
    const { draft, id } = args as { draft?: boolean; id?: number | string }
    req.context[`${draftKey}:${collection.slug}:${String(id ?? '*')}`] = Boolean(draft && collection.versions?.drafts)
  }
  return args
}

/** beforeChange: remembers the article's main-table state before this write. */
export const rememberPublicState: CollectionBeforeChangeHook = async ({ collection, data, operation, originalDoc, req }) => {
  const id = originalDoc?.id as number | string | undefined
  const draft =
    req.context[`${draftKey}:${collection.slug}:${String(id)}`] ?? req.context[`${draftKey}:${collection.slug}:*`]
  if (operation === 'update' && draft === true && data._status !== 'published') {
    // Nothing visitors see changes: the change is known without reading the main table.
    const state: MainState = { featuredSessions: [], public: false }
    req.context[`${contextKey}:change:${String(id)}`] = { after: state, before: state, transition: 'draft-only' } satisfies PublicChange
    return data
  }
  // Kept on req.context: Local API calls made with `req` may swap in a copy of the context.
  delete req.context[`${contextKey}:change:${String(id)}`]
  req.context[`${contextKey}:${String(id ?? 'new')}`] =
    id === undefined ? { featuredSessions: [], public: false } : await mainState(req, collection.slug, id)
  return data
}

/**
 * For afterChange hooks: how the write changed what visitors see. Worked out once per write and
 * kept in the request context for the other hooks.
 */
export async function publicChange(args: {
  collection: CollectionSlug
  id: number | string
  req: PayloadRequest
}): Promise<PublicChange> {
  const context = args.req.context
  const known = context[`${contextKey}:change:${String(args.id)}`] as PublicChange | undefined
  if (known) return known
  // A create had no id before the write: its state was remembered under 'new'.
  const before = (context[`${contextKey}:${String(args.id)}`] ?? context[`${contextKey}:new`] ?? {
    featuredSessions: [],
    public: false,
  }) as MainState
  const after = await mainState(args.req, args.collection, args.id)
  let transition: PublicTransition = 'draft-only'
  if (!before.public && after.public) transition = 'published'
  else if (before.public && !after.public) transition = 'unpublished'
  else if (after.public && after.updatedAt !== before.updatedAt) transition = 'updated'
  const change = { after, before, transition }
  context[`${contextKey}:change:${String(args.id)}`] = change
  return change
}
