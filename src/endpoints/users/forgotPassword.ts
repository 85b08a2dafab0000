// Password resets answered no sooner than `resetAnswerMs`: Payload saves a token and sends the mail
// only for a known address, so without a floor the answer's timing tells which addresses exist.
// (Payload's reset holds a transaction while it writes through a second connection: that it cannot
// wedge the pool is guardTransactions' work, as for every other write.)
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

export function createForgotPasswordEndpoint(options: SanitizedTalkNotesPluginConfig): Endpoint {
  const handler: PayloadHandler = async (req) => {
    const answerAt = Date.now() + options.resetAnswerMs
    const waitForFloor = () => sleep(Math.max(0, answerAt - Date.now()))
    try {
      const response = await payloadHandler(req, options, handler)(req)
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
