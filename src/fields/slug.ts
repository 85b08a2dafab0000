import type { TextField } from 'payload'

import { populateSlug } from '../hooks/populateSlug.ts'
import { slugPattern } from '../utilities/slugify.ts'

/** A URL slug derived from `sourceField` when left empty; unique unless the collection scopes it. */
export function slugField(
  sourceField: string,
  { alwaysFromSource = false, unique = true }: { alwaysFromSource?: boolean; unique?: boolean } = {},
): TextField {
  return {
    name: 'slug',
    type: 'text',
    admin: {
      description: alwaysFromSource
        ? `Made from the ${sourceField}; values differing only in case or punctuation share it.`
        : `Used in URLs. Left empty, it is made from the ${sourceField}.`,
      position: 'sidebar',
      readOnly: alwaysFromSource,
    },
    hooks: { beforeValidate: [populateSlug(sourceField, { alwaysFromSource })] },
    index: true,
    // Not `required` in the schema: the hook above fills it, so API callers may leave it out;
    // the validator still refuses an empty slug.
    unique,
    validate: (value: null | string | undefined) => {
      if (!value) return 'slug is required'
      return slugPattern.test(value) || `slug "${value}" may only contain a-z, 0-9 and single dashes`
    },
  }
}
