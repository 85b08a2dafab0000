// Keeps what one REST or GraphQL caller can ask of a collection within documented bounds: page
// size, page number, population depth and join sizes. Payload reads `limit=0`, `limit=-1` and
// `pagination=false` as "every row", so one anonymous request could read a whole table.
import type { CollectionBeforeOperationHook, PayloadRequest, Where } from 'payload'

import { APIError } from 'payload'

import type { SanitizedTalkNotesPluginConfig } from '../types.ts'

type Limits = Pick<SanitizedTalkNotesPluginConfig['apiLimits'], 'maxDepth' | 'maxLimit'>

interface QueryArgs {
  depth?: unknown
  joins?: unknown
  limit?: unknown
  overrideAccess?: boolean
  page?: unknown
  pagination?: unknown
  req?: PayloadRequest
  where?: Where
}

const listOperations = new Set(['findVersions', 'read', 'readDistinct'])
/** A population batch (Payload's dataloader) names its documents: bounded by what was loaded. */
const MAX_NAMED_IDS = 1000

function invalid(field: string, rule: string): APIError {
  return new APIError(`The ${field} parameter ${rule}.`, 400, { errors: [{ message: rule, path: field }] }, true)
}

function wholeNumber(value: unknown, field: string, min: number): number | undefined {
  if (value === undefined || value === null || value === '') return undefined
  const number = typeof value === 'number' ? value : Number(value)
  if (!Number.isInteger(number) || number < min) throw invalid(field, `must be a whole number of ${min} or more`)
  return number
}

const listOperators = new Set(['all', 'in', 'not_in'])
const geoOperators = new Set(['intersects', 'near', 'within'])
const textOperators = new Set(['contains', 'like', 'not_like'])
const MAX_WHERE_DEPTH = 10

interface FieldKinds {
  /** Fields that hold several values, the only ones `all` can compare. */
  hasMany: ReadonlySet<string>
  /** Dates, numbers and checkboxes: no text operators (the database layer wrote broken SQL). */
  notText: ReadonlySet<string>
  points: ReadonlySet<string>
}

/**
 * The shape of a where clause as a caller sent it: `and`/`or` hold lists of clauses, a list
 * operator (`in`, `not_in`, `all`) a value or a list, `all` a field of several values, a geo
 * operator a point field, a text operator no date, number or checkbox, every other operator one
 * value. Payload's database layer assumed as much and threw a 500 otherwise.
 */
function checkWhere(where: unknown, at: string, fields: FieldKinds, depth = 0): void {
  if (where === undefined || where === null) return
  if (typeof where !== 'object' || Array.isArray(where)) throw invalid(at, 'must be a set of conditions')
  if (depth > MAX_WHERE_DEPTH) throw invalid(at, `nests conditions more than ${MAX_WHERE_DEPTH} deep`)
  for (const [key, value] of Object.entries(where as Record<string, unknown>)) {
    const path = `${at}[${key}]`
    if (key === 'and' || key === 'or') {
      const clauses = Array.isArray(value) ? value : value && typeof value === 'object' ? Object.values(value) : null
      if (!clauses) throw invalid(path, 'must be a list of conditions')
      clauses.forEach((clause, index) => checkWhere(clause, `${path}[${index}]`, fields, depth + 1))
      continue
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) throw invalid(path, 'must name an operator, e.g. [equals]')
    for (const [operator, operand] of Object.entries(value as Record<string, unknown>)) {
      // The database layer has no geo operators for other fields: it threw a TypeError (a 500).
      if (geoOperators.has(operator)) {
        if (!fields.points.has(key)) throw invalid(`${path}[${operator}]`, 'works on point (location) fields only')
        continue
      }
      if (textOperators.has(operator) && fields.notText.has(key)) {
        throw invalid(`${path}[${operator}]`, 'works on text fields only')
      }
      if (operator === 'all' && !key.includes('.') && !fields.hasMany.has(key)) {
        throw invalid(`${path}[all]`, 'works on fields that hold several values only')
      }
      if (listOperators.has(operator) || operand === null || typeof operand !== 'object') continue
      // A polymorphic relationship is compared with { relationTo, value }.
      if (!Array.isArray(operand) && Object.keys(operand).every((name) => name === 'relationTo' || name === 'value')) continue
      throw invalid(`${path}[${operator}]`, 'must be a single value, not a list or an object')
    }
  }
}

const fieldKinds = new WeakMap<object, FieldKinds>()

function fieldKindsOf(collection: { flattenedFields: Array<{ hasMany?: boolean; name: string; type: string }> }): FieldKinds {
  let kinds = fieldKinds.get(collection)
  if (!kinds) {
    const { flattenedFields } = collection
    kinds = {
      hasMany: new Set(flattenedFields.filter((field) => field.hasMany || field.type === 'array' || field.type === 'join').map((field) => field.name)),
      notText: new Set(
        flattenedFields.filter((field) => ['checkbox', 'date', 'number'].includes(field.type) && !field.hasMany).map((field) => field.name),
      ),
      points: new Set(flattenedFields.filter((field) => field.type === 'point').map((field) => field.name)),
    }
    fieldKinds.set(collection, kinds)
  }
  return kinds
}

function namesItsDocuments(where: Where | undefined): boolean {
  const ids = (where?.id as { in?: unknown } | undefined)?.in
  return Object.keys(where ?? {}).length === 1 && Array.isArray(ids) && ids.length <= MAX_NAMED_IDS
}

/** Remote means: asked over REST or GraphQL, on behalf of the caller (access is checked). */
function isRemote(args: QueryArgs): boolean {
  const api = args.req?.payloadAPI
  return (api === 'REST' || api === 'GraphQL') && !args.overrideAccess
}

function boundJoins(joins: unknown, maxLimit: number): unknown {
  if (!joins || typeof joins !== 'object') return joins
  const bounded: Record<string, unknown> = {}
  for (const [name, join] of Object.entries(joins as Record<string, unknown>)) {
    if (!join || typeof join !== 'object') {
      bounded[name] = join
      continue
    }
    const limit = wholeNumber((join as { limit?: unknown }).limit, `joins[${name}][limit]`, 0)
    const page = wholeNumber((join as { page?: unknown }).page, `joins[${name}][page]`, 1)
    bounded[name] = {
      ...join,
      ...(limit === undefined ? {} : { limit: limit === 0 ? maxLimit : Math.min(limit, maxLimit) }),
      ...(page === undefined ? {} : { page }),
    }
  }
  return bounded
}

export function createBoundRemoteQuery({ maxDepth, maxLimit }: Limits): CollectionBeforeOperationHook {
  return ({ args, collection, operation }) => {
    const query = args as QueryArgs
    if (!isRemote(query)) return args
    checkWhere(query.where, 'where', fieldKindsOf(collection))
    const depth = wholeNumber(query.depth, 'depth', 0)
    const next: QueryArgs = { ...query, ...(depth === undefined ? {} : { depth: Math.min(depth, maxDepth) }) }
    if (!listOperations.has(operation)) return next as typeof args

    const limit = wholeNumber(query.limit, 'limit', 0)
    const page = wholeNumber(query.page, 'page', 1)
    if (page !== undefined) next.page = page
    next.joins = boundJoins(query.joins, maxLimit)
    if (namesItsDocuments(query.where)) return next as typeof args
    // "Every row" (limit 0, no pagination) and oversized pages become the largest page.
    const unbounded = limit === 0 || query.pagination === false || query.pagination === 'false'
    if (unbounded || (limit !== undefined && limit > maxLimit)) {
      next.limit = maxLimit
      next.pagination = true
    } else if (limit !== undefined) {
      next.limit = limit
    }
    return next as typeof args
  }
}
