import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    environment: 'node',
    fileParallelism: false,
    globalSetup: ['tests/e2e/globalSetup.ts'],
    hookTimeout: 120_000,
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 60_000,
  },
})
