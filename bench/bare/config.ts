// The "bare Payload" baseline of the benchmarks: the demo's collections and fields as the plugin makes
// them, on the same database and tables, without what the plugin adds on top of Payload: collection
// and field hooks, access functions (Payload's default instead: any signed-in user), validators beyond
// Payload's own, filterOptions, custom endpoints, join fields, onInit, GraphQL limits and the database
// adapter's hardening wrapper. No schema push: the tables are the ones the demo's migrations made.
// Import it after DATABASE_URL and PAYLOAD_SECRET are set (the demo config reads them when loaded).
import type { CollectionConfig, Config, Field } from 'payload'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { buildConfig } from 'payload'

import { databaseArgs, demoConfig, talkNotesOptions } from '../../demo/payload.config'
import { talkNotesPlugin } from 'talk-notes'

/** What a field loses: its hooks, its access, its own validator (Payload's default comes back), its filter. */
const fieldExtras = ['access', 'filterOptions', 'hooks', 'validate'] as const

export function bareField(field: Field): Field | null {
  if (field.type === 'join') return null
  const bare: Record<string, unknown> = { ...field }
  for (const key of fieldExtras) delete bare[key]
  if ('fields' in field && Array.isArray(field.fields)) bare.fields = bareFields(field.fields)
  if (field.type === 'tabs') bare.tabs = field.tabs.map((tab) => ({ ...tab, fields: bareFields(tab.fields) }))
  if (field.type === 'blocks' && field.blocks) bare.blocks = field.blocks.map((block) => ({ ...block, fields: bareFields(block.fields) }))
  return bare as unknown as Field
}

export function bareFields(fields: Field[]): Field[] {
  return fields.flatMap((field) => {
    const bare = bareField(field)
    return bare ? [bare] : []
  })
}

export function bareCollection(collection: CollectionConfig): CollectionConfig {
  return {
    ...collection,
    // Payload's defaults: every operation for any signed-in user.
    access: {},
    // Payload's own REST endpoints only (false would drop those too).
    endpoints: [],
    fields: bareFields(collection.fields),
    hooks: {},
  }
}

/** The demo config with the plugin applied, then stripped to bare Payload; `poolMax` sizes its own pool. */
export async function createBareConfig({ poolMax }: { poolMax: number }): Promise<Config> {
  const { plugins: _plugins, ...host } = demoConfig
  const withPlugin = await talkNotesPlugin(talkNotesOptions)(host)
  const { onInit: _onInit, ...rest } = withPlugin
  return {
    ...rest,
    collections: (withPlugin.collections ?? []).map(bareCollection),
    // A fresh adapter, not the plugin's hardened one; no migrations to run, nothing to push.
    db: postgresAdapter({ ...databaseArgs, pool: { ...databaseArgs.pool, max: poolMax }, prodMigrations: undefined, push: false }),
    endpoints: [],
    graphQL: {},
    hooks: {},
    jobs: { ...withPlugin.jobs, access: undefined },
    plugins: [],
  }
}

export default createBareConfig({ poolMax: Number(process.env.BENCH_BARE_POOL_MAX ?? '30') }).then(buildConfig)
