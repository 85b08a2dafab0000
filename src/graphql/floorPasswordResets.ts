// Payload's GraphQL `forgotPassword<Collection>` mutations, answered no sooner than `resetAnswerMs`
// like the REST route (answerNoSoonerThan). Custom mutations replace built-in ones of the same name,
// so each is given back with its resolver wrapped.
import type { GraphQLFieldConfig } from 'graphql'

import { answerNoSoonerThan } from '../utilities/answerNoSoonerThan.ts'

type Field = GraphQLFieldConfig<unknown, unknown>

export function floorPasswordResets(mutations: Record<string, unknown>, resetAnswerMs: number): Record<string, Field> {
  const wrapped: Record<string, Field> = {}
  for (const [name, field] of Object.entries(mutations as Record<string, Field>)) {
    const { resolve } = field
    if (!name.startsWith('forgotPassword') || !resolve) continue
    wrapped[name] = { ...field, resolve: (...args) => answerNoSoonerThan(resetAnswerMs, async () => resolve(...args)) }
  }
  return wrapped
}
