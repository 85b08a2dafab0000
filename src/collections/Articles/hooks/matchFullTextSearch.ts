// `where[search][like]=…` over REST, GraphQL and the admin list's search box: the virtual `search`
// field is matched by PostgreSQL's full-text search, and the condition becomes `id in (matches)`.
import type { CollectionBeforeOperationHook, PayloadRequest, Where } from 'payload'

import { APIError } from 'payload'

import { isEditor } from '../../../access/isEditor.ts'
import { hasFullTextSearch, likeSearch, rankArticles } from '../../../search/searchArticles.ts'
import { hasControlCharacters } from '../../../utilities/validators.ts'

/** The virtual field's name. */
export const searchField = 'search'
/** Longest search accepted (as on the notes page); longer text is cut, not refused. */
export const maxSearchLength = 100
/**
 * At most this many matches, best ranked first, stand for a search in a list: the condition is
 * an id list, and a word in every article should not send ten thousand ids to the database.
 */
export const maxSearchMatches = 500

const operators = new Set(['contains', 'equals', 'like'])
const listOperations = new Set(['count', 'read', 'readDistinct'])

function invalid(path: string, rule: string): APIError {
  return new APIError(`The ${path} parameter ${rule}.`, 400, { errors: [{ message: rule, path }] }, true)
}

function mentionsSearch(where: unknown, depth = 0): boolean {
  if (!where || typeof where !== 'object' || depth > 20) return false
  return Object.entries(where as Record<string, unknown>).some(([key, value]) =>
    key === searchField ? true : key === 'and' || key === 'or' ? Object.values(value ?? {}).some((clause) => mentionsSearch(clause, depth + 1)) : false,
  )
}

/** The words of one `search` condition, checked; null when they ask for nothing (empty). */
function wordsOf(condition: unknown, path: string): null | string {
  if (!condition || typeof condition !== 'object' || Array.isArray(condition)) {
    throw invalid(path, 'takes text with like, contains or equals, e.g. where[search][like]=keynote')
  }
  const entries = Object.entries(condition as Record<string, unknown>)
  const words: string[] = []
  for (const [operator, value] of entries) {
    if (!operators.has(operator)) throw invalid(`${path}[${operator}]`, 'is not supported: search takes like, contains or equals')
    if (typeof value !== 'string') throw invalid(`${path}[${operator}]`, 'takes text')
    if (hasControlCharacters(value)) throw invalid(`${path}[${operator}]`, 'must not contain control characters')
    words.push(value)
  }
  const q = words.join(' ').trim().slice(0, maxSearchLength)
  return q || null
}

/** `where` with every `search` condition replaced by the ids it matches. */
async function rewrite(where: Where, path: string, match: (q: string) => Promise<Where>): Promise<Where> {
  const result: Where = {}
  const matches: Where[] = []
  for (const [key, value] of Object.entries(where)) {
    if (key === searchField) {
      const q = wordsOf(value, `${path}[${key}]`)
      if (q) matches.push(await match(q))
    } else if ((key === 'and' || key === 'or') && value && typeof value === 'object') {
      const clauses = Object.values(value as Record<string, Where>)
      result[key] = await Promise.all(clauses.map((clause, index) => rewrite(clause, `${path}[${key}][${index}]`, match)))
    } else result[key] = value
  }
  // Beside the clause's own `and`, whichever order the keys came in.
  if (matches.length) result.and = [...((result.and as Where[] | undefined) ?? []), ...matches]
  return result
}

interface ListArgs {
  draft?: boolean
  req?: PayloadRequest
  where?: Where
}

/** beforeOperation of the articles: see the file's first lines. */
export const matchFullTextSearch =
  (usersSlug: string): CollectionBeforeOperationHook =>
  async ({ args, collection, operation, req }) => {
    const list = args as ListArgs
    if (!listOperations.has(operation) || !mentionsSearch(list.where)) return args
    const payload = req.payload
    const editor = Boolean(isEditor(usersSlug)({ req }))
    const match = async (q: string): Promise<Where> => {
      if (!hasFullTextSearch(payload)) return likeSearch(payload, collection.slug, q)
      // A visitor's search never looks past the published row; an editor's draft list searches
      // each article's latest version.
      const among = !editor ? 'published' : list.draft ? 'latest' : 'any'
      const { ids } = await rankArticles(payload, { among, limit: maxSearchMatches, q })
      return ids.length ? { id: { in: ids } } : { id: { exists: false } }
    }
    return { ...args, where: await rewrite(list.where as Where, 'where', match) }
  }
