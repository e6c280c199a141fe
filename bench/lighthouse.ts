/**
 * Lighthouse performance and accessibility scores of the list and detail pages, for `npm run bench`.
 *
 * Lighthouse drives its own tab through the DevTools protocol, so Chromium is started as a persistent context with a
 * debugging port; the API-mode settings (key remembered in localStorage, which a new tab shares, unlike
 * sessionStorage) are written first and `disableStorageReset` keeps them. Desktop preset: the app is an admin dashboard
 * used on desktops; its simulated throttling (10 Mbit/s, 40 ms RTT, no CPU slowdown) still penalises heavy pages.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import lighthouse from 'lighthouse'
import desktopConfig from 'lighthouse/core/config/desktop-config.js'
import { chromium } from 'playwright-core'
import { BENCH_API_KEY } from './api-mode'

export interface LighthouseScores {
  path: string
  performance: number
  accessibility: number
  /** The metrics behind the performance score, in ms (CLS unitless), to tell what to fix when it drops. */
  metrics: Record<'fcp' | 'lcp' | 'tbt' | 'cls' | 'si', number>
}

const METRIC_AUDITS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  si: 'speed-index',
} as const

const DEBUG_PORT = 9333

/** API-mode settings with the key remembered on the device, so Lighthouse's own tab is signed in too. */
const rememberedApiSettings = `(() => {
  localStorage.setItem('insight-desk:connection', JSON.stringify({ state: { mode: 'api', host: '', projectId: '1', pathFamily: 'projects', rememberKey: true }, version: 1 }))
  localStorage.setItem('insight-desk:api-key', '${BENCH_API_KEY}')
})()`

export async function benchLighthouse(
  executablePath: string,
  baseUrl: string,
  paths: readonly string[],
): Promise<LighthouseScores[]> {
  const profile = mkdtempSync(join(tmpdir(), 'insight-desk-lighthouse-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', `--remote-debugging-port=${DEBUG_PORT}`],
  })
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    await page.goto(baseUrl)
    await page.evaluate(rememberedApiSettings)
    const scores: LighthouseScores[] = []
    for (const path of paths) {
      const result = await lighthouse(
        baseUrl + path,
        {
          port: DEBUG_PORT,
          output: 'json',
          logLevel: 'error',
          disableStorageReset: true,
          onlyCategories: ['performance', 'accessibility'],
        },
        desktopConfig,
      )
      const lhr = result?.lhr
      const categories = lhr?.categories
      if (!lhr || !categories?.performance?.score || !categories.accessibility?.score) {
        throw new Error(`Lighthouse gave no score for ${path}: ${lhr?.runtimeError?.message ?? 'unknown error'}`)
      }
      const audits = lhr.audits
      const metrics = Object.fromEntries(
        Object.entries(METRIC_AUDITS).map(([key, audit]) => [key, audits[audit]?.numericValue ?? Number.NaN]),
      ) as LighthouseScores['metrics']
      scores.push({
        path,
        performance: categories.performance.score * 100,
        accessibility: categories.accessibility.score * 100,
        metrics,
      })
    }
    return scores
  } finally {
    await context.close()
    rmSync(profile, { recursive: true, force: true })
  }
}
