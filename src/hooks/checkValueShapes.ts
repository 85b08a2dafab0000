// Values of a shape Payload's database layer does not expect, sorted out before any hook or the
// database sees them. Drafts skip Payload's field validation, and collection hooks run before it,
// so without this `{ "event": { "toString": true } }` reached the hooks (a TypeError, a 500), an
// object in a text field was stored as its JSON, and `null` rows broke an array field.
import type { CollectionBeforeValidateHook } from 'payload'

import { ruleError } from '../utilities/ruleError.ts'

type Id = number | string

const textTypes = new Set(['code', 'email', 'radio', 'select', 'text', 'textarea'])
const isScalar = (value: unknown) => ['boolean', 'number', 'string'].includes(typeof value)

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
    if (textTypes.has(field.type) && value !== null) {
      const hasMany = 'hasMany' in field && field.hasMany
      if (hasMany ? !Array.isArray(value) || !value.every(isScalar) : !isScalar(value)) {
        broken.push({ message: `${field.name} must be ${hasMany ? 'a list of values' : 'a single value (text)'}`, path: field.name })
      }
    }
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
