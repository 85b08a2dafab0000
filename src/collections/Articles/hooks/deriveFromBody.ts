import type { CollectionBeforeChangeHook } from 'payload'

import { excerpt, plainTextFromLexical, readingTimeMinutes } from '../../../formats/text.ts'

/**
 * Keeps `bodyText` (for search), `generatedExcerpt` and `readingTime` in step with the body on
 * every save; lists and feeds show the editor's `excerpt` when there is one, else the generated one.
 */
export const deriveFromBody: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const body = data.body === undefined ? originalDoc?.body : data.body
  const text = plainTextFromLexical(body ?? null)
  return { ...data, bodyText: text, generatedExcerpt: excerpt(text), readingTime: readingTimeMinutes(text) }
}
