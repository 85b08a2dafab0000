// `npm start` starts the app again when it exits on its own, and stops with it on SIGTERM.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, it } from 'vitest'

it('restarts an app that crashed, then passes SIGTERM on and exits with it', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'talk-notes-supervise-'))
  const runs = path.join(dir, 'runs')
  const app = path.join(dir, 'app.mjs')
  writeFileSync(runs, '')
  // First run: crashes at once. Second run: stays up, and records the signal it is stopped with.
  writeFileSync(
    app,
    `import { appendFileSync, readFileSync } from 'node:fs'
const run = readFileSync(${JSON.stringify(runs)}, 'utf8').split('\\n').filter(Boolean).length + 1
appendFileSync(${JSON.stringify(runs)}, 'run ' + run + ' ' + process.pid + '\\n')
if (run === 1) throw new Error('crash on purpose')
process.on('SIGTERM', () => { appendFileSync(${JSON.stringify(runs)}, 'stopped\\n'); process.exit(0) })
setInterval(() => {}, 1000)
`,
  )
  const supervisor = spawn(process.execPath, ['--import', 'tsx', 'demo/scripts/supervise.ts', app], { stdio: 'pipe' })
  let output = ''
  supervisor.stderr.on('data', (chunk) => (output += chunk))
  const lines = () => readFileSync(runs, 'utf8').split('\n').filter(Boolean)
  const deadline = Date.now() + 20_000
  while (lines().filter((line) => line.startsWith('run')).length < 2 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  expect(lines().filter((line) => line.startsWith('run'))).toHaveLength(2)
  expect(output).toMatch(/the app exited \(code 1\); starting it again/)

  const exited = new Promise<null | number>((resolve) => supervisor.on('exit', (code) => resolve(code)))
  supervisor.kill('SIGTERM')
  expect(await exited).toBe(0)
  expect(lines().at(-1)).toBe('stopped')
  const secondPid = Number(lines()[1].split(' ')[2])
  expect(() => process.kill(secondPid, 0)).toThrow()
}, 30_000)
