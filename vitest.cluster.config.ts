// `npm run test:cluster`: the reference deployment started as a cluster (demo/cluster) and drilled.
import { defineConfig } from 'vitest/config'

import { packageAliases } from './vitest.shared.ts'

export default defineConfig({
  resolve: { alias: packageAliases },
  test: {
    environment: 'node',
    fileParallelism: false,
    hookTimeout: 900_000,
    include: ['tests/cluster/**/*.test.ts'],
    testTimeout: 120_000,
  },
})
