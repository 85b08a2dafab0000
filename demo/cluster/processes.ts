// The cluster's processes: each started with its output in a log file of the cluster's folder, waited
// for until its port answers, and stopped with SIGTERM (SIGKILL when it does not go in time).
import { type ChildProcess, execFileSync, spawn, type SpawnOptions } from 'node:child_process'
import { createWriteStream } from 'node:fs'
import { connect } from 'node:net'
import path from 'node:path'

export interface Service {
  name: string
  /** Whether the process is running now. */
  readonly running: boolean
  /** Ends it: SIGTERM, then SIGKILL after `graceMs`. */
  stop: (graceMs?: number) => Promise<void>
  /** Ends it at once (SIGKILL), as a crash or a lost machine would. */
  kill: () => Promise<void>
}

export interface StartOptions {
  args: string[]
  command: string
  env?: NodeJS.ProcessEnv
  logDir: string
  name: string
  /** Run as this user (a root parent starting PostgreSQL, which refuses to run as root). */
  user?: { gid: number; uid: number }
  cwd?: string
}

export function startProcess(options: StartOptions): Service {
  const log = createWriteStream(path.join(options.logDir, `${options.name}.log`), { flags: 'a' })
  const spawnOptions: SpawnOptions = {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(options.user ?? {}),
  }
  const child: ChildProcess = spawn(options.command, options.args, spawnOptions)
  child.stdout?.pipe(log, { end: false })
  child.stderr?.pipe(log, { end: false })
  let exited = false
  const exit = new Promise<void>((resolve) =>
    child.once('exit', () => {
      exited = true
      resolve()
    }),
  )
  child.once('error', (error) => log.write(`cannot start ${options.command}: ${error.message}\n`))
  const end = async (signal: NodeJS.Signals, graceMs: number) => {
    if (exited) return
    child.kill(signal)
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs)
    await exit
    clearTimeout(timer)
  }
  return {
    kill: () => end('SIGKILL', 0),
    name: options.name,
    get running() {
      return !exited
    },
    stop: (graceMs = 10_000) => end('SIGTERM', graceMs),
  }
}

/** Resolves once something accepts connections on the port, or rejects after `timeoutMs`. */
export async function waitForPort(port: number, { service, timeoutMs = 60_000 }: { service?: Service; timeoutMs?: number } = {}): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (service && !service.running) throw new Error(`${service.name} exited before listening on port ${port} (see its log)`)
    if (await portAnswers(port)) return
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`nothing listens on port ${port} after ${timeoutMs / 1000} s${service ? ` (${service.name}: see its log)` : ''}`)
}

export function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port })
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}

/** Runs a command to its end; throws with its output when it fails. */
export function run(command: string, args: string[], options: { env?: NodeJS.ProcessEnv; user?: { gid: number; uid: number } } = {}): string {
  try {
    return execFileSync(command, args, { encoding: 'utf8', env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'], ...(options.user ?? {}) })
  } catch (error) {
    const { stderr, stdout } = error as { stderr?: string; stdout?: string }
    throw new Error(`${command} ${args.join(' ')} failed:\n${stdout ?? ''}${stderr ?? ''}`)
  }
}

/** The first of `candidates` that exists as an executable on PATH, or throws naming the package. */
export function findExecutable(candidates: string[], debianPackage: string): string {
  for (const candidate of candidates) {
    try {
      if (candidate.includes('/')) {
        execFileSync('test', ['-x', candidate])
        return candidate
      }
      return execFileSync('sh', ['-c', `command -v ${candidate}`], { encoding: 'utf8' }).trim()
    } catch {
      // not this one
    }
  }
  throw new Error(`${candidates[0]} is not installed: apt-get install ${debianPackage}`)
}
