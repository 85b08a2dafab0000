// Runs a Next.js command on the demo app (the Next.js project in demo/) as a child process,
// forwarding signals, and resolves with its exit code.
import { spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const demoDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
/** Written after a successful build: which public URL it was built for (start.ts reads it). */
export const buildMarker = path.resolve(demoDir, '.next', 'talk-notes-build.json')

export function writeBuildMarker(serverURL: string): void {
  writeFileSync(buildMarker, JSON.stringify({ serverURL }))
}

export function runNext(args: string[]): Promise<number> {
  const child = spawn(process.execPath, ['node_modules/next/dist/bin/next', ...args, demoDir], {
    env: process.env,
    stdio: 'inherit',
  })
  const forward = (signal: NodeJS.Signals) => child.kill(signal)
  process.on('SIGINT', forward)
  process.on('SIGTERM', forward)
  return new Promise((resolve) =>
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward)
      process.off('SIGTERM', forward)
      resolve(code ?? (signal ? 1 : 0))
    }),
  )
}
