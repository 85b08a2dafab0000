// The adoption test (`npm run test:adoption`): a new Payload app made like Payload's blank template
// (tests/adoption/host/) in a temp directory gets this repository's packed tarball by following the
// README's "Add talk-notes to your Payload app" steps as written, then is driven in Chromium like an
// editor would. Prints each phase's duration; keeps the temp directory only when something failed.
import { randomBytes } from 'node:crypto'
import { chmodSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { type DatabaseHandle, startDatabase } from '../../demo/db/startDatabase'
import {
  assertImportMapHasPlugin,
  assertMigrated,
  assertOneCopyEach,
  assertPinnedLikeLockfile,
  installedCopies,
  migrationFiles,
} from './checks'
import { runEditorJourney } from './journey'
import { type Environment, killAll, runOrThrow, type RunOptions, type RunResult, type Server, startServer } from './processes'
import { applyConfigSnippet, readReadmeSteps } from './readmeSteps'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const keepTemp = process.argv.includes('--keep-temp')

const phases: Array<{ ms: number; name: string }> = []
const startedAt = Date.now()
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

async function phase<T>(name: string, work: () => Promise<T>): Promise<T> {
  console.log(`\n▶ ${name}`)
  const started = Date.now()
  try {
    return await work()
  } finally {
    const ms = Date.now() - started
    phases.push({ ms, name })
    console.log(`◀ ${name}: ${seconds(ms)}`)
  }
}

function printPhases(outcome: string): void {
  const width = Math.max(...phases.map((entry) => entry.name.length))
  console.log(`\nadoption test ${outcome}; phases:`)
  for (const entry of phases) console.log(`  ${entry.name.padEnd(width)}  ${seconds(entry.ms).padStart(8)}`)
  console.log(`  ${'total'.padEnd(width)}  ${seconds(Date.now() - startedAt).padStart(8)}`)
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.on('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))))
    })
  })
}

/**
 * The host's environment: what a shell would have, without what `npm run` adds for this repository
 * (npm_config_local_prefix and friends would point the host's npm at the repository) or a
 * NODE_ENV/DATABASE_URL meant for it.
 */
function hostEnvironment(databaseUrl: string, port: number): Environment {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(npm_|INIT_CWD$|NODE_ENV$|NODE_OPTIONS$|DATABASE_URL$|PORT$)/i.test(key)),
  )
  return {
    ...inherited,
    DATABASE_URL: databaseUrl,
    NEXT_TELEMETRY_DISABLED: '1',
    PAYLOAD_SECRET: randomBytes(24).toString('hex'),
    PORT: String(port),
    // Every package the host needs is in npm's cache from the repository's own install.
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_prefer_offline: 'true',
    npm_config_update_notifier: 'false',
  }
}

/**
 * Payload 3.90's CLI now and then exits 0 having printed and done nothing (payloadcms/payload#17757:
 * its config import through tsx never settles and Node's event loop drains; seen here in about one
 * run in six with a cold tsx cache, with or without the plugin; on a fresh install the first two or
 * three `migrate` runs in a row were seen to do it). Such a run changed nothing, so it is run again,
 * up to five times in all, and the log says so; any other outcome stands.
 */
const silentRunAttempts = 5

async function runCommand(command: string, options: RunOptions): Promise<RunResult> {
  for (let attempt = 1; ; attempt += 1) {
    const result = await runOrThrow(command, options)
    if (!/\bpayload\b/.test(command) || result.output.trim() !== '' || attempt === silentRunAttempts) return result
    console.log(`  \`${command}\` exited 0 without a word (payloadcms/payload#17757): running it again`)
  }
}

async function waitForServer(baseUrl: string, server: Server, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      const response = await fetch(`${baseUrl}/api/users/me`)
      if (response.ok) return
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`next start did not answer within ${timeoutMs} ms:\n${server.output()}`)
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}

async function main(): Promise<void> {
  // The test runs a PostgreSQL of its own; a DATABASE_URL meant for other tests must not replace it.
  delete process.env.DATABASE_URL
  const temp = mkdtempSync(path.join(tmpdir(), 'talk-notes-adoption-'))
  // As root, the embedded PostgreSQL runs as the `postgres` user, which must be able to enter it.
  chmodSync(temp, 0o755)
  const hostDir = path.join(temp, 'host')
  let database: DatabaseHandle | undefined
  let server: Server | undefined
  let failed = true

  const stopEverything = async () => {
    await server?.stop().catch(() => {})
    killAll()
    await database?.stop().catch(() => {})
  }
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: stopping the host app and PostgreSQL; the temp directory stays: ${temp}`)
      void stopEverything().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143))
    })
  }

  try {
    const steps = readReadmeSteps(path.join(repo, 'README.md'))
    database = await phase('start PostgreSQL', () =>
      startDatabase({ database: 'adoption_host', dataDir: path.join(temp, 'postgres'), log: (line) => console.log(`  ${line}`), persistent: false }),
    )
    const databaseUrl = database.url
    const port = await freePort()
    const baseUrl = `http://localhost:${port}`
    const env = hostEnvironment(databaseUrl, port)

    const tarball = await phase('npm pack', async () => {
      await runOrThrow(`npm pack --loglevel=warn --pack-destination ${JSON.stringify(temp)}`, { cwd: repo, env })
      const packed = readdirSync(temp).filter((name) => /^talk-notes-.*\.tgz$/.test(name))
      if (packed.length !== 1) throw new Error(`npm pack made ${packed.length} tarballs: ${packed.join(', ')}`)
      const file = path.join(temp, packed[0])
      const entries = (await runOrThrow(`tar -tzf ${JSON.stringify(file)}`, { cwd: temp, env, quiet: true })).stdout.trim().split('\n')
      console.log(`  ${packed[0]}: ${statSync(file).size} bytes, ${entries.length} files`)
      return file
    })

    await phase('host app: copy the template, npm install', async () => {
      assertPinnedLikeLockfile(path.join(repo, 'tests/adoption/host/package.json'), path.join(repo, 'package-lock.json'))
      cpSync(path.join(repo, 'tests/adoption/host'), hostDir, { recursive: true })
      await runOrThrow('npm install', { cwd: hostDir, env })
    })

    const expected = new Set(['install', 'config', 'importmap', 'migrate:create', 'migrate', 'build', 'start'])
    const seen = new Set<string>()
    let migrateCreate: string | undefined
    let newMigration: string | undefined
    for (const step of steps) {
      if (step.kind === 'config') {
        await phase('README: edit src/payload.config.ts', async () => {
          const file = path.join(hostDir, 'src/payload.config.ts')
          const edited = applyConfigSnippet(readFileSync(file, 'utf8'), step.snippet)
          writeFileSync(file, edited)
          console.log(edited.replace(/^/gm, '    '))
        })
        seen.add('config')
        continue
      }
      for (const command of step.commands) {
        if (/\bnext start\b|^npm (run )?start\b/.test(command)) {
          await phase(`README: ${command} (until it answers)`, async () => {
            server = startServer(command, { cwd: hostDir, env })
            await waitForServer(baseUrl, server, 120_000)
          })
          seen.add('start')
          continue
        }
        // The package is not on the registry: the README's install command gets the packed tarball's
        // path in place of the package name, as `npm install <tarball>` installs the same package.
        const installing = /^npm (install|i|add)\b/.test(command) && /(^|\s)talk-notes(\s|$)/.test(command)
        const runnable = installing ? command.replace(/(^|\s)talk-notes(?=\s|$)/, `$1${JSON.stringify(tarball)}`) : command
        const before = migrationFiles(hostDir)
        await phase(`README: ${command}`, () => runCommand(runnable, { cwd: hostDir, env }))

        if (installing) {
          seen.add('install')
          await phase('check: one copy of payload, react, @payloadcms/ui', async () =>
            assertOneCopyEach(await installedCopies(hostDir, env, ['payload', 'react', '@payloadcms/ui'])),
          )
        } else if (/\bgenerate:importmap\b/.test(command)) {
          seen.add('importmap')
          assertImportMapHasPlugin(hostDir)
        } else if (/\bmigrate:create\b/.test(command)) {
          seen.add('migrate:create')
          migrateCreate = runnable
          const added = migrationFiles(hostDir).filter((name) => !before.includes(name))
          newMigration = added.find((name) => name.endsWith('.ts') && name !== 'index.ts')?.replace(/\.ts$/, '')
          if (!newMigration) throw new Error(`\`${command}\` wrote no migration (new files: ${added.join(', ') || 'none'})`)
          console.log(`  new files: ${added.join(', ')}`)
        } else if (/\bmigrate\s*$/.test(command)) {
          seen.add('migrate')
          if (!newMigration || !migrateCreate) throw new Error('the README runs `migrate` before `migrate:create`')
          await assertMigrated(databaseUrl, newMigration)
          await phase('check: a second migrate:create has nothing to do', async () => {
            // --skip-empty: with no schema change the CLI would otherwise ask whether to write a blank file.
            const again = await runCommand(`${migrateCreate} --skip-empty`, { cwd: hostDir, env })
            const added = migrationFiles(hostDir).filter((name) => !before.includes(name))
            if (added.length > 0 || /Migration created/.test(again.output)) {
              throw new Error(`a second migrate:create found schema changes (new files: ${added.join(', ')})`)
            }
            // It compared the schema with the last snapshot, rather than exiting before it did anything.
            if (!/DOWN statements generation complete/.test(again.output)) throw new Error('the second migrate:create compared nothing')
          })
          await phase('check: tsc --noEmit in the host', () => runOrThrow('npx tsc --noEmit', { cwd: hostDir, env }))
        } else if (/\bnext build\b|^npm run build\b/.test(command)) {
          seen.add('build')
        }
      }
    }
    const missing = [...expected].filter((step) => !seen.has(step))
    if (missing.length > 0) throw new Error(`the README's adoption steps lack: ${missing.join(', ')}`)

    await phase('Chromium: first user, event, session, article, publish; feed, schedule, review panel', () =>
      runEditorJourney(baseUrl, path.join(temp, 'failure.png')),
    )
    failed = false
  } catch (error) {
    if (server) console.error(`\nthe host app's output (last 8 KB):\n${server.output().slice(-8192)}`)
    throw error
  } finally {
    await stopEverything()
    if (!failed && !keepTemp) rmSync(temp, { force: true, recursive: true })
    else console.log(`\nthe temp directory stays for a look: ${temp}`)
    printPhases(failed ? 'FAILED' : 'passed')
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`\nadoption test failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
    process.exit(1)
  },
)
