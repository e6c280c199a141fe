import { defineConfig, devices } from '@playwright/test'
import { findBrowser } from './scripts/setup/browser.mjs'
import { thisMachine } from './scripts/setup/this-machine.mjs'

// Parallel work on one machine: each worktree or agent can use its own port and build folder.
const port = Number(process.env.E2E_PORT ?? 4173)
const outDir = process.env.E2E_DIST ?? 'dist'
const isCI = Boolean(process.env.CI)

// CHROMIUM_PATH, else a system Chromium or Chrome, else Playwright's own (scripts/setup/browser.mjs). With none,
// `npm test` has already stopped with the command that installs one; Playwright's own message covers a direct run.
const chromium = findBrowser(thisMachine())?.path

export default defineConfig({
  testDir: 'e2e',
  outputDir: process.env.E2E_OUTPUT ?? 'test-results',
  fullyParallel: true,
  forbidOnly: isCI,
  workers: 2,
  retries: isCI ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: isCI ? [['list'], ['json', { outputFile: 'reports/e2e-report.json' }]] : [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    // Tracing snapshots the DOM after every action: thresholds + tag-manager (16 tests, 2 workers) took 156 s traced and
    // 105 s untraced here, and a whole local run 11.0 min against 8.6 on CI. Only a retried failure is traced (CI
    // retries once); locally a failure still leaves its page snapshot, and `--trace on` records one when needed.
    trace: 'on-first-retry',
    ...devices['Desktop Chrome'],
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: chromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium' }],
  webServer: {
    // `npm run test:e2e` builds first; the tests run against the production bundle, as users get it.
    command: `npx vite preview --port ${port} --strictPort --outDir ${outDir}`,
    url: `http://localhost:${port}`,
    reuseExistingServer: !isCI,
    timeout: 60_000,
  },
})
