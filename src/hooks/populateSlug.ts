import type { FieldHook } from 'payload'

import { slugify } from '../utilities/slugify.ts'

/**
 * Fills an empty slug from another field (usually the title) before validation; with
 * `alwaysFromSource` the slug is always the source's, so it works as a case-insensitive key.
 */
export const populateSlug =
  (sourceField: string, { alwaysFromSource = false } = {}): FieldHook =>
  ({ data, originalDoc, value }) => {
    if (!alwaysFromSource && typeof value === 'string' && value.trim() !== '') return slugify(value)
    const source = data?.[sourceField] ?? originalDoc?.[sourceField]
    return typeof source === 'string' ? slugify(source) : value
  }
