// Serves the REST API of one of the two configs in-process, node:http -> Payload's handleEndpoints,
// without Next.js: `talk-notes` (the demo config, plugin and all) or `bare` (bench/bare/config.ts),
// on the running demo's database. Prints "harness <name> listening on <port>" when ready.
//   NODE_ENV=production npx tsx bench/harness.ts talk-notes|bare [--port 0]
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { parseArgs } from 'node:util'

import { send, toRequest } from '../demo/server/nodeRequest'
import { useDemoDatabase } from './environment'

const { positionals, values } = parseArgs({ allowPositionals: true, options: { port: { default: '0', type: 'string' } } })
const name = positionals[0]
if (name !== 'talk-notes' && name !== 'bare') {
  console.error('usage: tsx bench/harness.ts talk-notes|bare [--port N]')
  process.exit(2)
}
useDemoDatabase()

// Imported after the environment is set (the demo config reads DATABASE_URL when loaded), the config
// first: a dynamic import of it after Payload was loaded left the process with nothing to wait for
// at times (exit 13, unsettled top-level await).
const config = name === 'bare' ? (await import('./bare/config')).default : (await import('../demo/payload.config')).default
const { getPayload, handleEndpoints } = await import('payload')
const payload = await getPayload({ config })
// Keeps the process alive through a lost idle client (PostgreSQL restarts, the demo stopping).
payload.db.pool?.on('error', (error) => console.error(`harness ${name}: pool error ${error.message}`))

async function answer(request: IncomingMessage, response: ServerResponse, origin: string): Promise<void> {
  // As npm start's server does: the plugin's rate limits key on X-Forwarded-For, the socket's address here.
  request.headers['x-forwarded-for'] = request.socket.remoteAddress ?? ''
  await send(await handleEndpoints({ config, request: toRequest(request, origin) }), request, response)
}

const server = createServer((request, response) => {
  const address = server.address()
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
  answer(request, response, origin).catch((error: unknown) => {
    console.error(`harness ${name}:`, error)
    if (!response.headersSent) response.writeHead(500, { 'content-type': 'application/json' })
    response.end(JSON.stringify({ errors: [{ message: 'harness error' }] }))
  })
})
server.keepAliveTimeout = 60_000
await new Promise<void>((resolve) => server.listen(Number(values.port), '127.0.0.1', resolve))
const address = server.address()
console.log(`harness ${name} listening on ${typeof address === 'object' && address ? address.port : values.port}`)

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close()
    void payload.destroy().finally(() => process.exit(0))
  })
}
