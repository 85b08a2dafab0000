// What the adoption test checks in the host app between the README's steps: one copy of each
// shared package, the import map, the migrations and the database they made.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'

import { type Environment, run } from './processes'

interface LsNode {
  dependencies?: Record<string, LsNode>
  problems?: string[]
  path?: string
  version?: string
}

/**
 * Where `npm ls --json --all --long` finds each of `names` installed. A second path for one name
 * is a second copy: React's hooks, Payload's config and the admin's contexts then split in two.
 */
export async function installedCopies(hostDir: string, env: Environment, names: string[]): Promise<Map<string, Set<string>>> {
  const result = await run(`npm ls ${names.join(' ')} --json --all --long`, { cwd: hostDir, env, quiet: true })
  const tree = JSON.parse(result.stdout) as LsNode
  // A missing or invalid (peer) dependency anywhere under these names: npm says which.
  if (result.code !== 0) throw new Error(`npm ls reports problems in the host:\n  ${(tree.problems ?? [result.output]).join('\n  ')}`)
  const copies = new Map(names.map((name) => [name, new Set<string>()]))
  const walk = (node: LsNode) => {
    for (const [name, child] of Object.entries(node.dependencies ?? {})) {
      if (child.path) copies.get(name)?.add(`${child.version ?? '?'} at ${path.relative(hostDir, child.path)}`)
      walk(child)
    }
  }
  walk(tree)
  return copies
}

export function assertOneCopyEach(copies: Map<string, Set<string>>): void {
  for (const [name, where] of copies) {
    if (where.size !== 1) throw new Error(`expected exactly one copy of ${name} in the host, found ${where.size}: ${[...where].join(', ')}`)
    console.log(`  one copy of ${name}: ${[...where][0]}`)
  }
}

/** The versions the repository's lock file installs: the host must use the same, so npm's cache serves them. */
export function assertPinnedLikeLockfile(hostPackageJson: string, lockfile: string): void {
  const host = JSON.parse(readFileSync(hostPackageJson, 'utf8')) as {
    dependencies: Record<string, string>
    devDependencies: Record<string, string>
  }
  const lock = JSON.parse(readFileSync(lockfile, 'utf8')) as { packages: Record<string, { version?: string }> }
  const drift: string[] = []
  for (const [name, wanted] of Object.entries({ ...host.dependencies, ...host.devDependencies })) {
    const locked = lock.packages[`node_modules/${name}`]?.version
    if (wanted !== locked) drift.push(`${name}: host ${wanted}, package-lock.json ${locked ?? 'absent'}`)
  }
  if (drift.length > 0) throw new Error(`tests/adoption/host/package.json differs from package-lock.json:\n  ${drift.join('\n  ')}`)
}

export function assertImportMapHasPlugin(hostDir: string): void {
  const file = path.join(hostDir, 'src/app/(payload)/admin/importMap.js')
  const importMap = readFileSync(file, 'utf8')
  if (!/from ['"]talk-notes\/client['"]/.test(importMap) || !importMap.includes('talk-notes/client#SpeakerReviewPanel')) {
    throw new Error(`generate:importmap did not write talk-notes/client#SpeakerReviewPanel into importMap.js:\n${importMap}`)
  }
  console.log('  importMap.js imports SpeakerReviewPanel from talk-notes/client')
}

export function migrationFiles(hostDir: string): string[] {
  const dir = path.join(hostDir, 'src/migrations')
  return existsSync(dir) ? readdirSync(dir).sort() : []
}

/** The migration is recorded as applied, and the schema has the plugin's tables and its columns on the host's media. */
export async function assertMigrated(databaseUrl: string, migrationName: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const applied = await client.query<{ batch: number; name: string }>('SELECT name, batch FROM payload_migrations')
    if (!applied.rows.some((row) => row.name === migrationName && row.batch >= 1)) {
      throw new Error(`payload_migrations does not list ${migrationName} as applied: ${JSON.stringify(applied.rows)}`)
    }
    const tables = await client.query<{ name: null | string }>(
      `SELECT to_regclass(name) AS name FROM unnest($1::text[]) AS name`,
      [['public.events', 'public.talks', 'public.speakers', 'public.articles', 'public.users', 'public.media']],
    )
    const missing = tables.rows.filter((row) => row.name === null)
    if (missing.length > 0) throw new Error(`the migration did not create every table: ${JSON.stringify(tables.rows)}`)
    const columns = await client.query<{ column_name: string; table_name: string }>(
      `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name IN ('media', 'users')`,
    )
    const has = (table: string, column: string) => columns.rows.some((row) => row.table_name === table && row.column_name === column)
    // The host's own field and the plugin's additions, on one table each.
    for (const [table, column] of [
      ['media', 'alt'],
      ['media', 'sizes_avatar_url'],
      ['users', 'role'],
    ] as const) {
      if (!has(table, column)) throw new Error(`after the migration, ${table}.${column} is missing`)
    }
    console.log(`  ${migrationName} applied; events, talks, speakers, articles; media.alt + media.sizes_avatar_url; users.role`)
  } finally {
    await client.end()
  }
}
