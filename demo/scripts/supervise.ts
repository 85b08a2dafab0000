// `npm start`: runs the app (demo/scripts/start.ts) as a child process and starts it again whenever it
// exits on its own — a crash, an out-of-memory kill — after a back-off that grows while it keeps
// failing; not when it exits with EXIT_CANNOT_START (a failed build: starting again cannot help).
// Ctrl-C / SIGTERM / SIGHUP are passed to the app, and then this process exits with it.
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

/** The app's exit code for "starting again would fail the same way" (sysexits' EX_CONFIG). */
export const EXIT_CANNOT_START = 78

export interface SuperviseOptions {
  /** The script to run with tsx, and its arguments. */
  args: string[]
  /** Back-off before each restart, growing per failure in a row, the last one repeating. */
  delaysMs?: number[]
  log?: (message: string) => void
  /** A run that lasted this long resets the back-off. */
  healthyAfterMs?: number
}

export function supervise({
  args,
  delaysMs = [1000, 2000, 5000, 10_000, 30_000],
  healthyAfterMs = 60_000,
  log = (message) => console.error(message),
}: SuperviseOptions): Promise<number> {
  return new Promise((resolve) => {
    let failures = 0
    let stopping: NodeJS.Signals | undefined
    let child: ReturnType<typeof spawn> | undefined

    const run = () => {
      const startedAt = Date.now()
      child = spawn(process.execPath, ['--import', 'tsx', ...args], { env: process.env, stdio: 'inherit' })
      child.on('exit', (code, signal) => {
        child = undefined
        if (stopping || code === EXIT_CANNOT_START) {
          resolve(code ?? (stopping === 'SIGINT' ? 130 : 143))
          return
        }
        failures = Date.now() - startedAt >= healthyAfterMs ? 1 : failures + 1
        const delay = delaysMs[Math.min(failures - 1, delaysMs.length - 1)]
        log(`supervisor: the app exited (${signal ?? `code ${code}`}); starting it again in ${delay / 1000} s`)
        setTimeout(run, delay)
      })
    }

    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
      process.on(signal, () => {
        stopping = signal
        if (child) child.kill(signal)
        else resolve(signal === 'SIGINT' ? 130 : 143)
      })
    }
    run()
  })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.length > 2 ? process.argv.slice(2) : [fileURLToPath(new URL('./start.ts', import.meta.url))]
  process.exit(await supervise({ args }))
}
