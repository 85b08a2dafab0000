// Child processes of the adoption test: each in a process group of its own, so that a command's
// own children (npx -> next -> workers) end with it, and every group still alive is killed when the
// test exits, passes or fails, or is interrupted.
import { type ChildProcess, spawn } from 'node:child_process'

const live = new Set<ChildProcess>()

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return
  try {
    process.kill(-child.pid, signal)
  } catch {
    // already gone
  }
}

/** Synchronous, so that it also works from an 'exit' handler. */
export function killAll(): void {
  for (const child of live) killGroup(child, 'SIGKILL')
  live.clear()
}
process.on('exit', killAll)

/** Variables for a child; NODE_ENV may be unset (Next.js' types declare it always set). */
export type Environment = Record<string, string | undefined>

const asProcessEnv = (env: Environment) => env as NodeJS.ProcessEnv

export interface RunOptions {
  cwd: string
  env: Environment
  /** Written to the command's stdin, then closed; without it stdin is closed at once (CI has none). */
  input?: string
  /** Collect the output without echoing it (a JSON answer read by the test). */
  quiet?: boolean
  timeoutMs?: number
}

export interface RunResult {
  code: null | number
  ms: number
  /** stdout and stderr as they came. */
  output: string
  stdout: string
}

/** Runs `command` with bash; resolves when it ends, whatever its exit code. Output is echoed, indented. */
export function run(command: string, options: RunOptions): Promise<RunResult> {
  const started = Date.now()
  const child = spawn('bash', ['-c', command], {
    cwd: options.cwd,
    detached: true,
    env: asProcessEnv(options.env),
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  live.add(child)
  child.stdin.end(options.input ?? '')
  let output = ''
  let stdout = ''
  const collect = (chunk: Buffer) => {
    const text = chunk.toString()
    output += text
    if (!options.quiet) process.stdout.write(text.replace(/^(?=.)/gm, '    '))
  }
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString()
    collect(chunk)
  })
  child.stderr.on('data', collect)
  const timer = setTimeout(() => {
    output += `\n[killed after ${options.timeoutMs} ms]\n`
    killGroup(child, 'SIGKILL')
  }, options.timeoutMs ?? 15 * 60_000)
  return new Promise((resolve, reject) => {
    child.once('error', reject)
    child.once('close', (code) => {
      clearTimeout(timer)
      live.delete(child)
      resolve({ code, ms: Date.now() - started, output, stdout })
    })
  })
}

/** Runs `command` and throws, with its output, unless it exits 0. */
export async function runOrThrow(command: string, options: RunOptions): Promise<RunResult> {
  const result = await run(command, options)
  if (result.code !== 0) throw new Error(`\`${command}\` exited with ${result.code}`)
  return result
}

export interface Server {
  output: () => string
  stop: () => Promise<void>
}

/** Starts a long-running `command` (a server) and leaves it running until stop() or the test's exit. */
export function startServer(command: string, options: Pick<RunOptions, 'cwd' | 'env'>): Server {
  const child = spawn('bash', ['-c', command], { cwd: options.cwd, detached: true, env: asProcessEnv(options.env), stdio: ['ignore', 'pipe', 'pipe'] })
  live.add(child)
  let output = ''
  const collect = (chunk: Buffer) => {
    output += chunk.toString()
  }
  child.stdout?.on('data', collect)
  child.stderr?.on('data', collect)
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()))
  return {
    output: () => output,
    stop: async () => {
      killGroup(child, 'SIGTERM')
      const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 10_000)
      await exited
      clearTimeout(timer)
      live.delete(child)
    },
  }
}
