import type { CollectionBeforeValidateHook } from 'payload'

/**
 * `null` for an array or blocks field means "no rows". Payload's database layer cannot write a
 * null there and threw a TypeError (a 500) on `{ "links": null }`.
 */
export const emptyNullArrays: CollectionBeforeValidateHook = ({ collection, data }) => {
  if (!data) return data
  const nulls = collection.flattenedFields.filter(
    (field) => (field.type === 'array' || field.type === 'blocks') && data[field.name] === null,
  )
  if (nulls.length === 0) return data
  return { ...data, ...Object.fromEntries(nulls.map((field) => [field.name, []])) }
}
