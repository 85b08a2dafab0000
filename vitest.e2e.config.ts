import { defineConfig } from 'vitest/config'

import { packageAliases } from './vitest.shared.ts'

export default defineConfig({
  resolve: { alias: packageAliases },
  test: {
    environment: 'node',
    fileParallelism: false,
    globalSetup: ['tests/e2e/globalSetup.ts'],
    hookTimeout: 120_000,
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 60_000,
  },
})
