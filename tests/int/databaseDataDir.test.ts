// The embedded PostgreSQL's data folder: a second process asking for a folder whose server belongs
// to a running process is refused and leaves that server alone; a server whose process was killed
// is stopped and the folder taken over.
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DataDirInUseError, startDatabase } from '../../demo/db/startDatabase'

let dataDir: string
let owner: ChildProcess
let ownerUrl: string

// A process of its own that starts the folder's server, prints its URL and keeps running.
const ownerScript = `
  const { startDatabase } = await import(${JSON.stringify(path.resolve('demo/db/startDatabase.ts'))})
  const database = await startDatabase({ database: 'data_dir_owner', dataDir: process.env.DATA_DIR_UNDER_TEST, persistent: true })
  console.log('URL ' + database.url)
  setInterval(() => {}, 60_000)
`

async function canQuery(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url })
  try {
    await client.connect()
    await client.query('select 1')
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => {})
  }
}

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'talk-notes-data-dir-'))
  owner = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', ownerScript], {
    env: { ...process.env, DATA_DIR_UNDER_TEST: dataDir },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  ownerUrl = await new Promise<string>((resolve, reject) => {
    let output = ''
    owner.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const match = /URL (\S+)/.exec(output)
      if (match) resolve(match[1])
    })
    owner.once('exit', (code) => reject(new Error(`the owner process exited (${code}) before its database started`)))
  })
}, 120_000)

afterAll(() => {
  owner?.kill('SIGKILL')
  rmSync(dataDir, { force: true, recursive: true })
})

describe('the embedded database folder', () => {
  it("refuses a folder a running process's server holds, and leaves that server running", async () => {
    await expect(startDatabase({ database: 'data_dir_second', dataDir })).rejects.toBeInstanceOf(DataDirInUseError)
    await expect(startDatabase({ database: 'data_dir_second', dataDir })).rejects.toThrow(`(pid ${owner.pid})`)
    expect(await canQuery(ownerUrl)).toBe(true)
  })

  it('takes the folder over from a server whose process was killed', async () => {
    const exited = new Promise((resolve) => owner.once('exit', resolve))
    owner.kill('SIGKILL')
    await exited
    // The killed process's server is an orphan now: still running, nobody's.
    expect(await canQuery(ownerUrl)).toBe(true)
    const database = await startDatabase({ database: 'data_dir_second', dataDir })
    try {
      expect(await canQuery(database.url)).toBe(true)
      expect(await canQuery(ownerUrl)).toBe(false)
    } finally {
      await database.stop()
    }
  }, 120_000)
})
