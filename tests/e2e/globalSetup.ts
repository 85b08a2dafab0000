// Runs the demo exactly as `npm start` does (production build, embedded PostgreSQL, migrations,
// demo seed) on a data folder of its own and a free port, for the browser tests, with its mail
// going over SMTP to a local catcher that keeps every message in `mailDir`.
import type { TestProject } from 'vitest/node'

import { spawn } from 'node:child_process'
import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { startMailCatcher } from '../../demo/scripts/mailCatcher'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    mailDir: string
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

export default async function setup(project: TestProject) {
  const port = await freePort()
  const dataDir = mkdtempSync(path.join(tmpdir(), 'talk-notes-e2e-'))
  // As root, PostgreSQL runs as the `postgres` user, which must be able to enter the folder.
  chmodSync(dataDir, 0o755)
  const baseUrl = `http://localhost:${port}`
  const mailDir = path.join(dataDir, 'caught-mail')
  const catcher = await startMailCatcher({ directory: mailDir })
  const app = spawn(process.execPath, ['--import', 'tsx', 'demo/scripts/supervise.ts'], {
    detached: true,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      SERVER_URL: baseUrl,
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(catcher.port),
      // The schedule import test serves its pretalx schedule on loopback.
      TALK_NOTES_IMPORT_ALLOW_PRIVATE: 'true',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  app.stdout?.on('data', (chunk) => (output += chunk))
  app.stderr?.on('data', (chunk) => (output += chunk))

  const deadline = Date.now() + 8 * 60_000
  for (;;) {
    if (app.exitCode !== null) {
      await catcher.close()
      throw new Error(`the app exited early:\n${output}`)
    }
    try {
      const response = await fetch(`${baseUrl}/api/events?limit=1`)
      if (response.ok) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      if (app.pid) process.kill(-app.pid, 'SIGTERM')
      await catcher.close()
      throw new Error(`the app did not start in time:\n${output}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  project.provide('baseUrl', baseUrl)
  project.provide('mailDir', mailDir)

  return async () => {
    if (app.pid) process.kill(-app.pid, 'SIGTERM')
    await new Promise((resolve) => app.once('exit', resolve))
    await catcher.close()
    rmSync(dataDir, { force: true, recursive: true })
  }
}
