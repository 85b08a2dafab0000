// Bounds the work one GraphQL request can ask for before anything runs. Payload's own complexity
// rule adds a fixed 10 per join or relationship, so nesting joins inside lists (event → sessions →
// event → sessions …) multiplied the rows read at every level unseen; this cost multiplies.
import type { GraphQLError, ValidationRule } from 'graphql'

import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases'
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth'
import { type ComplexityEstimator, createComplexityRule } from 'graphql-query-complexity'

import type { SanitizedTalkNotesPluginConfig } from '../types.ts'

type Limits = SanitizedTalkNotesPluginConfig['apiLimits']

/** What one database round trip costs, beside the rows it returns. */
const QUERY_COST = 10
/** Payload's default page size, which a list query without `limit` gets. */
const DEFAULT_LIMIT = 10
/** How many documents a hasMany relationship without `maxRows` is assumed to hold. */
const HAS_MANY_ROWS = 5

interface PayloadFieldExtension {
  hasMany?: boolean
  maxRows?: number
  type?: string
}

/**
 * The rows a list argument asks for, as boundRemoteQuery will clamp it: `limit: 0` is "every
 * row", so the largest page; no limit is the field's default.
 */
function rowsAsked(limit: unknown, fallback: number, maxLimit: number): number {
  if (typeof limit !== 'number' || !Number.isFinite(limit)) return Math.min(fallback, maxLimit)
  return limit <= 0 ? maxLimit : Math.min(Math.ceil(limit), maxLimit)
}

/**
 * Lists (a collection query, a join) cost one query plus their rows times what each row asks for;
 * relationships are loaded in batches, so they cost their rows times each row's selection.
 */
export function createCostEstimator(limits: Limits): ComplexityEstimator {
  return ({ args, childComplexity, field }) => {
    const payloadField = (field.extensions as { field?: PayloadFieldExtension } | undefined)?.field
    if (payloadField?.type === 'join') {
      // Payload's GraphQL join reads every row when no limit is given (bounded to the largest page).
      const rows = rowsAsked(args.limit, limits.maxLimit, limits.maxLimit)
      return QUERY_COST + rows * childComplexity
    }
    if (payloadField?.type === 'relationship' || payloadField?.type === 'upload') {
      const rows = payloadField.hasMany ? Math.min(payloadField.maxRows ?? HAS_MANY_ROWS, limits.maxLimit) : 1
      return 1 + rows * childComplexity
    }
    // A collection's list query (`Talks`, `versionsArticles`…): the only other fields taking `limit`.
    if (field.args.some((arg) => arg.name === 'limit')) {
      return QUERY_COST + rowsAsked(args.limit, DEFAULT_LIMIT, limits.maxLimit) * childComplexity
    }
    return 1 + childComplexity
  }
}

/**
 * graphql-armor throws by default, which the GraphQL server answers as a 500; reported, the
 * refusal is an ordinary validation error. Its "Syntax Error:" prefix is not true here, so dropped.
 * The error is the library's own: a GraphQLError made here could come from the other build of
 * `graphql` (ESM beside CJS), which the server would not recognise as one.
 */
function reported() {
  return {
    onReject: [
      (context: null | { reportError: (error: GraphQLError) => void }, error: GraphQLError) => {
        error.message = error.message.replace(/^Syntax Error: /, '')
        context?.reportError(error)
      },
    ],
    propagateOnRejection: false,
  }
}

/** The validation rules for Payload's `graphQL.validationRules`. */
export function createGraphQLLimits(limits: Limits): (args: { variableValues?: unknown }) => ValidationRule[] {
  const { maxAliases, maxCost, maxDepth } = limits.graphQL
  const estimator = createCostEstimator(limits)
  return ({ variableValues }) => [
    maxDepthRule({ ignoreIntrospection: true, n: maxDepth, ...reported() }) as unknown as ValidationRule,
    maxAliasesRule({ n: maxAliases, ...reported() }) as unknown as ValidationRule,
    // Its own error ("The query exceeds the maximum complexity of …"), for the reason above.
    createComplexityRule({
      estimators: [estimator],
      maximumComplexity: maxCost,
      variables: (variableValues ?? {}) as Record<string, unknown>,
    }),
  ]
}
