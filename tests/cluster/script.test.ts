// `npm run cluster` as a person runs it: it starts everything, says where, and Ctrl-C (SIGINT) or
// SIGTERM stops all of it and removes its folder.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { expect, it } from 'vitest'

import { portAnswers } from '../../demo/cluster/processes'

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  it(`stops every part of the cluster on ${signal}`, async () => {
    // The port of the drills (cluster.test.ts), so both use one build.
    const basePort = Number(process.env.CLUSTER_TEST_PORT ?? '4600')
    const child = spawn(process.execPath, ['--import', 'tsx', 'demo/scripts/cluster.ts'], {
      env: { ...process.env, CLUSTER_INSTANCES: '1', CLUSTER_PORT: String(basePort) },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
    for (let waited = 0; !output.includes('stop with Ctrl-C'); waited += 250) {
      if (child.exitCode !== null || waited > 600_000) throw new Error(`the cluster did not start:\n${output}`)
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    const folder = /cluster: folder (\S+)/.exec(output)?.[1] as string
    expect(existsSync(folder)).toBe(true)
    const ports = [basePort, basePort + 1, basePort + 10, basePort + 11, basePort + 12, basePort + 13]
    for (const port of ports) expect(await portAnswers(port), `port ${port} before ${signal}`).toBe(true)

    child.kill(signal)
    expect(await exited).toBe(0)
    for (const port of ports) expect(await portAnswers(port), `port ${port} after ${signal}`).toBe(false)
    expect(existsSync(folder)).toBe(false)
  }, 700_000)
}
