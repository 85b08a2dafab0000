// The demo admin's committed import map names every component its config uses (a plugin added to
// the config without `payload generate:importmap` leaves the admin without the component: the
// S3 adapter's upload handler once kept the sign-in form from rendering).
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { generateImportMap } from 'payload'
import { expect, it } from 'vitest'

async function demoConfig() {
  // Building the config reads these and connects to nothing; other test files see the environment as it was.
  const saved = { DATABASE_URL: process.env.DATABASE_URL, PAYLOAD_SECRET: process.env.PAYLOAD_SECRET }
  process.env.DATABASE_URL ??= 'postgres://nobody@127.0.0.1:1/none'
  process.env.PAYLOAD_SECRET ??= 'import-map-test'
  try {
    return await (await import('../../demo/payload.config')).default
  } finally {
    for (const [name, value] of Object.entries(saved)) if (value === undefined) delete process.env[name]
  }
}

it('is what payload generate:importmap makes of the demo config', async () => {
  const config = await demoConfig()
  const committed = config.admin.importMap.importMapFile as string
  const generated = path.join(mkdtempSync(path.join(tmpdir(), 'import-map-')), 'importMap.js')
  await generateImportMap({ ...config, admin: { ...config.admin, importMap: { ...config.admin.importMap, importMapFile: generated } } }, { force: true, log: false })
  expect(readFileSync(generated, 'utf8')).toBe(readFileSync(committed, 'utf8'))
})
