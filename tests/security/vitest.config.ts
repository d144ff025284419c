import { defineConfig } from 'vitest/config'

/**
 * Runs tests/security on its own (`npx vitest run -c tests/security/vitest.config.ts`) until the root config's
 * `node` project includes `tests/security/**`; then `npm test` runs these too and this file can go.
 */
export default defineConfig({
  test: {
    name: 'security',
    environment: 'node',
    include: ['tests/security/**/*.test.ts'],
    testTimeout: 60_000,
  },
})
