// Password resets answered no sooner than `resetAnswerMs`: Payload saves a token and sends the mail
// only for a known address, so without a floor the answer's timing tells which addresses exist.
// (Payload's reset holds a transaction while it writes through a second connection: that it cannot
// wedge the pool is hardenDatabaseAdapter's work, as for every other write.)
import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'

import { APIError } from 'payload'

import type { SanitizedTalkNotesPluginConfig } from '../../types.ts'

import { answerNoSoonerThan } from '../../utilities/answerNoSoonerThan.ts'

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
  const handler: PayloadHandler = (req) =>
    answerNoSoonerThan(options.resetAnswerMs, async () => payloadHandler(req, options, handler)(req))
  return { handler, method: 'post', path: '/forgot-password' }
}
