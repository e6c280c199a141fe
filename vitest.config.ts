import { availableParallelism } from 'node:os'
import { defineConfig, mergeConfig } from 'vitest/config'
import viteConfig from './vite.config.ts'

export default defineConfig((env) =>
  mergeConfig(viteConfig(env), {
    test: {
      environment: 'jsdom',
      // Worker threads start faster than forked processes: 217 s against 264 s for the whole run on 2 cores.
      pool: 'threads',
      // Vitest leaves one core to its main thread, which on 2 cores means one worker: 170 s; two workers: 120 s.
      maxWorkers: availableParallelism(),
      include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
      setupFiles: ['./src/test/setup.ts'],
      restoreMocks: true,
      // Kept outside test-results/, which Playwright empties when it starts. CI sums these with the end-to-end report into one closing line (.ci/summary.mjs).
      reporters: process.env.CI ? ['default', 'json'] : ['default'],
      outputFile: { json: 'reports/unit-report.json' },
      projects: [
        { extends: true, test: { name: 'unit' } },
        // A client of PostHog's API that knows nothing of this repository: Node, no in-process MSW (setupFiles would
        // answer its requests before they reach the HTTP mock server), none of the app's Vite plugins.
        {
          test: {
            name: 'independent-client',
            include: ['tests/independent-client/**/*.test.ts'],
            environment: 'node',
            pool: 'threads',
          },
        },
      ],
    },
  }),
)
