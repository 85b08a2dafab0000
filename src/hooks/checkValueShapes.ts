// Values of a shape Payload's database layer does not expect, sorted out before any hook or the
// database sees them. Drafts skip Payload's field validation, so without this a draft could carry
// `{ "event": { "toString": true } }` into the hooks (a TypeError, a 500) or `null` rows into an
// array field (the same).
import type { CollectionBeforeValidateHook } from 'payload'

import { ruleError } from '../utilities/ruleError'

type Id = number | string

const isId = (value: unknown): value is Id => typeof value === 'number' || (typeof value === 'string' && value !== '')

/** A relationship value: an id, a populated document (its id), or `{ relationTo, value }`. */
function isReference(value: unknown, polymorphic: boolean): boolean {
  if (isId(value)) return !polymorphic
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false
  const record = value as Record<string, unknown>
  return polymorphic ? typeof record.relationTo === 'string' && isId(record.value) : isId(record.id)
}

export const checkValueShapes: CollectionBeforeValidateHook = ({ collection, data }) => {
  if (!data) return data
  const next: Record<string, unknown> = { ...data }
  const broken: Array<{ message: string; path: string }> = []
  for (const field of collection.flattenedFields) {
    const value = next[field.name]
    if (value === undefined) continue
    // `null` rows mean no rows.
    if ((field.type === 'array' || field.type === 'blocks') && value === null) next[field.name] = []
    // An empty relationship is null (or '' from a form).
    if ((field.type === 'relationship' || field.type === 'upload') && value !== null && value !== '') {
      const polymorphic = Array.isArray(field.relationTo)
      const values = field.hasMany ? value : [value]
      if (!Array.isArray(values) || !values.every((each) => isReference(each, polymorphic))) {
        const what = field.hasMany ? 'a list of document ids' : 'the id of a document'
        broken.push({ message: `${field.name} must be ${what}`, path: field.name })
      }
    }
  }
  if (broken.length) throw ruleError(collection.slug, broken)
  return next
}
