import { defineConfig } from 'vitest/config'

import { packageAliases } from './vitest.shared.ts'

export default defineConfig({
  resolve: { alias: packageAliases },
  test: {
    environment: 'node',
    // One PostgreSQL for the run; integration files share its database, so they run one at a time.
    fileParallelism: false,
    globalSetup: ['tests/helpers/globalSetup.ts'],
    hookTimeout: 120_000,
    include: ['tests/unit/**/*.test.ts', 'tests/int/**/*.test.ts'],
    pool: 'forks',
    testTimeout: 60_000,
  },
})
