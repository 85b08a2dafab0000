// Load-tests one URL of a running production build with autocannon and, in the same run, a bare
// node:http server (a process of its own, like the app) answering with the same status, headers and
// bytes; prints both and their ratio (the machine is shared and noisy: only the ratio compares).
//   npx tsx bench/compare.ts <url> [--connections 10] [--duration 10] [--header 'If-None-Match: "x"']
import autocannon from 'autocannon'
import { spawn } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    connections: { default: '10', type: 'string' },
    duration: { default: '10', type: 'string' },
    header: { multiple: true, type: 'string' },
  },
})
const target = positionals[0]
if (!target) {
  console.error('usage: tsx bench/compare.ts <url> [--connections N] [--duration S] [--header "Name: value"]')
  process.exit(2)
}
const headers = Object.fromEntries(
  (values.header ?? []).map((line) => {
    const at = line.indexOf(':')
    return [line.slice(0, at).trim(), line.slice(at + 1).trim()]
  }),
)
const connections = Number(values.connections)
const duration = Number(values.duration)

// autocannon asks for no compression; fetch would ask for gzip and hand back the body decompressed with the
// compressed length in its headers, which the bare server would then replay wrongly (a stall after one request).
const sample = await fetch(target, { headers: { 'accept-encoding': 'identity', ...headers } })
const body = Buffer.from(await sample.arrayBuffer())
const status = sample.status
// The same response headers, less the ones node:http sets itself.
const sameHeaders = Object.fromEntries(
  [...sample.headers].filter(([name]) => !['connection', 'content-encoding', 'content-length', 'date', 'keep-alive', 'transfer-encoding'].includes(name)),
)

const bodyFile = path.join(mkdtempSync(path.join(tmpdir(), 'bench-')), 'body')
writeFileSync(bodyFile, body)
const bare = spawn(process.execPath, [path.join(import.meta.dirname, 'bareServer.mjs'), bodyFile, String(status), JSON.stringify(sameHeaders)], {
  stdio: ['ignore', 'pipe', 'inherit'],
})
const barePort = await new Promise<string>((resolve) => bare.stdout?.once('data', (chunk) => resolve(String(chunk).trim())))
const bareUrl = `http://127.0.0.1:${barePort}/`

async function run(url: string) {
  const result = await autocannon({ connections, duration, headers, url })
  return {
    errors: result.errors + result.non2xx - (status >= 300 && status < 400 ? result.non2xx : 0),
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    rps: result.requests.average,
  }
}

console.log(`${target}: HTTP ${status}, ${body.length} bytes; ${connections} connections, ${duration} s each`)
const app = await run(target)
const baseline = await run(bareUrl)
bare.kill()
console.table({ app, 'bare node:http': baseline })
console.log(`ratio app/bare: ${(app.rps / baseline.rps).toFixed(3)}  (app p99 ${app.p99} ms)`)
