// The public part of a speaker profile as plain values: what is published, drafted or proposed.
// Pure: comparing, diffing and merging profiles needs no database.

/** The fields that go through the review workflow; everything else on a profile is editorial. */
export const profileFields = ['name', 'jobTitle', 'organization', 'shortBio', 'fullBio', 'photo', 'links'] as const
export type ProfileField = (typeof profileFields)[number]

export const profileFieldLabels: Record<ProfileField, string> = {
  fullBio: 'Full bio',
  jobTitle: 'Job title',
  links: 'Links',
  name: 'Name',
  organization: 'Organization',
  photo: 'Photo',
  shortBio: 'Short bio',
}

export interface ProfileLink {
  label: string
  url: string
}

export type RelationId = number | string

export interface ProfileValues {
  fullBio: null | string
  jobTitle: null | string
  links: ProfileLink[]
  name: null | string
  organization: null | RelationId
  photo: null | RelationId
  shortBio: null | string
}

export interface ProfileChange {
  field: ProfileField
  from: ProfileValues[ProfileField]
  label: string
  to: ProfileValues[ProfileField]
}

export const reviewStates = ['unreviewed', 'drafted', 'awaiting-speaker', 'changes-proposed', 'approved'] as const
export type ReviewState = (typeof reviewStates)[number]

export const reviewActions = ['approve', 'request-review', 'accept', 'reject'] as const
export type ReviewAction = (typeof reviewActions)[number]

export const reviewLogActions = [
  'edited',
  'invited',
  'invitation-accepted',
  'review-requested',
  'proposed',
  'withdrawn',
  'approved',
  'accepted',
  'rejected',
] as const
export type ReviewLogAction = (typeof reviewLogActions)[number]

function text(value: unknown): null | string {
  if (typeof value !== 'string') return null
  return value === '' ? null : value
}

/** A relationship value as its id, whether it arrives as an id or as a populated document. */
export function relationId(value: unknown): null | RelationId {
  if (typeof value === 'number' || (typeof value === 'string' && value !== '')) return value
  if (value && typeof value === 'object' && 'id' in value) return relationId((value as { id: unknown }).id)
  return null
}

function links(value: unknown): ProfileLink[] {
  if (!Array.isArray(value)) return []
  return value
    .filter((row): row is Record<string, unknown> => Boolean(row) && typeof row === 'object')
    .map((row) => ({ label: typeof row.label === 'string' ? row.label : '', url: typeof row.url === 'string' ? row.url : '' }))
}

const normalizers: { [K in ProfileField]: (value: unknown) => ProfileValues[K] } = {
  fullBio: text,
  jobTitle: text,
  links,
  name: text,
  organization: relationId,
  photo: relationId,
  shortBio: text,
}

export function normalizeField<K extends ProfileField>(field: K, value: unknown): ProfileValues[K] {
  return normalizers[field](value)
}

/** The profile values of a document, a stored draft or proposal, or anything shaped like one. */
export function pickProfile(source: unknown): ProfileValues {
  const record = (source && typeof source === 'object' ? source : {}) as Record<string, unknown>
  return {
    fullBio: text(record.fullBio),
    jobTitle: text(record.jobTitle),
    links: links(record.links),
    name: text(record.name),
    organization: relationId(record.organization),
    photo: relationId(record.photo),
    shortBio: text(record.shortBio),
  }
}

/** A stored draft or proposal, or null when there is none. */
export function storedProfile(value: unknown): null | ProfileValues {
  return value && typeof value === 'object' && !Array.isArray(value) ? pickProfile(value) : null
}

export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

/** Field by field, what `to` changes relative to `from`, in the order of `profileFields`. */
export function diffProfiles(from: ProfileValues, to: ProfileValues): ProfileChange[] {
  return profileFields
    .filter((field) => !sameValue(from[field], to[field]))
    .map((field) => ({ field, from: from[field], label: profileFieldLabels[field], to: to[field] }))
}

export function sameProfile(a: ProfileValues, b: ProfileValues): boolean {
  return diffProfiles(a, b).length === 0
}

/** One line per change, for the admin's read-only summary and for e-mails. */
export function describeChanges(changes: ProfileChange[], names: (change: ProfileChange, value: unknown) => string): string {
  return changes
    .map((change) => `${change.label}:\n  published: ${names(change, change.from)}\n  proposed:  ${names(change, change.to)}`)
    .join('\n\n')
}

/** Plain-text rendering of a profile value (relationships as "#id" unless a name is known). */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(empty)'
  if (Array.isArray(value)) {
    if (value.length === 0) return '(none)'
    return value.map((link) => `${(link as ProfileLink).label} <${(link as ProfileLink).url}>`).join(', ')
  }
  if (typeof value === 'number') return `#${value}`
  return String(value)
}
