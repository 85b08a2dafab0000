// Password resets answered no sooner than `resetAnswerMs`: Payload saves a token and sends the mail
// only for a known address, so without a floor the answer's timing tells which addresses exist.
// They also run one at a time: Payload 3.90's reset holds a transaction while it writes through a
// second connection, so as many parallel resets as the pool has connections hang the database pool.
import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'

import { APIError } from 'payload'
import { setTimeout as sleep } from 'node:timers/promises'

import type { SanitizedTalkNotesPluginConfig } from '../../types'

/** Payload's own handler for the same route: the one after ours in the collection's endpoints. */
function payloadHandler(req: PayloadRequest, options: SanitizedTalkNotesPluginConfig, ours: PayloadHandler): PayloadHandler {
  const endpoints = req.payload.collections[options.slugs.users]?.config.endpoints
  const found = (endpoints || []).find(
    (endpoint) => endpoint.path === '/forgot-password' && endpoint.method === 'post' && endpoint.handler !== ours,
  )
  if (!found) throw new APIError('forgot-password: Payload\'s own endpoint is missing', 500)
  return found.handler
}

/** Runs the tasks given to it one after another, in order. */
function oneAtATime() {
  let last: Promise<unknown> = Promise.resolve()
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = last.then(task, task)
    last = run.catch(() => undefined)
    return run
  }
}

export function createForgotPasswordEndpoint(options: SanitizedTalkNotesPluginConfig): Endpoint {
  const serially = oneAtATime()
  const handler: PayloadHandler = async (req) => {
    const answerAt = Date.now() + options.resetAnswerMs
    const waitForFloor = () => sleep(Math.max(0, answerAt - Date.now()))
    try {
      const response = await serially(async () => payloadHandler(req, options, handler)(req))
      await waitForFloor()
      return response
    } catch (error) {
      // A rate-limit refusal does not depend on the address existing; it need not wait.
      if (!(error instanceof APIError && error.status === 429)) await waitForFloor()
      throw error
    }
  }
  return { handler, method: 'post', path: '/forgot-password' }
}
