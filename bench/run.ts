/**
 * `npm run bench`: builds the app, measures it, prints a table with each figure beside its budget,
 * writes bench/results.json, and exits non-zero when a budget is missed.
 */
import { execSync, spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { chromium } from 'playwright-core'
import { benchCleanupPage } from './cleanup-page'
import { benchDetailPage } from './detail-page'
import { benchHeap } from './heap'
import { benchLighthouse } from './lighthouse'
import { benchListPage } from './list-page'
import { benchMockQuery } from './mock-query'
import { benchMultiTabWrites } from './multi-tab-writes'
import { startMockServerProcess } from '../mocks/server-process'
import { BENCH_API_KEY } from './api-mode'
import { measureRouteAssets } from './route-assets'
import { browserOnThisMachine } from '../scripts/setup/this-machine.mjs'

interface Figure {
  name: string
  value: number
  unit: string
  budget: number
  aim?: number
  /** Scores are budgets from below: the figure must reach at least `budget`. */
  atLeast?: boolean
}

const PORT = 4183
const INSIGHTS = 10_000
const baseUrl = `http://localhost:${PORT}`
const installedBrowser = browserOnThisMachine()
if (installedBrowser.problem !== null) {
  console.error(installedBrowser.problem)
  process.exit(1)
}
const executablePath = installedBrowser.path

async function waitForServer(url: string, timeoutMs = 30_000): Promise<void> {
  const start = Date.now()
  while (Date.now() - start < timeoutMs) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`preview server did not start at ${url}`)
}

async function firstTrendsShortId(mockUrl: string): Promise<string> {
  const response = await fetch(`${mockUrl}/api/projects/1/insights/?insight=TRENDS&limit=1&basic=true`, {
    headers: { Authorization: `Bearer ${BENCH_API_KEY}` },
  })
  const body = (await response.json()) as { results: { short_id: string }[] }
  const shortId = body.results[0]?.short_id
  if (!shortId) throw new Error('the mock has no trends insight')
  return shortId
}

async function main(): Promise<number> {
  const figures: Figure[] = []
  const mockQuery = benchMockQuery()
  figures.push({
    name: `Mock filtered list query, ${mockQuery.insights} insights (median)`,
    value: mockQuery.medianMs,
    unit: 'ms',
    budget: mockQuery.budgetMs,
  })

  execSync('npx vite build', { stdio: 'inherit' })
  const mock = await startMockServerProcess(INSIGHTS, 120_000)
  // The preview server proxies /api to the mock (vite.config.ts reads POSTHOG_HOST), as the dev server would.
  const preview = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], {
    stdio: 'ignore',
    detached: true,
    env: { ...process.env, POSTHOG_HOST: mock.url },
  })
  try {
    await waitForServer(baseUrl)
    const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] })
    try {
      const list = await measureRouteAssets(browser, baseUrl, 'dist', '/project/1/insights')
      figures.push({ name: 'List route initial JS (gzip)', value: list.jsKb, unit: 'KB', budget: 150, aim: 120 })
      figures.push({ name: 'List route initial CSS (gzip)', value: list.cssKb, unit: 'KB', budget: 30 })
      const leaked = list.files.filter((f) => /browser|recharts|insight-chart|CartesianChart/i.test(f))
      if (leaked.length) throw new Error(`the list route loads chunks it must not: ${leaked.join(', ')}`)
      const detail = await measureRouteAssets(
        browser,
        baseUrl,
        'dist',
        `/project/1/insights/${await firstTrendsShortId(mock.url)}`,
      )
      figures.push({ name: 'Detail route JS with its chart (gzip)', value: detail.jsKb, unit: 'KB', budget: 400 })
      figures.push({ name: 'Detail route initial CSS (gzip)', value: detail.cssKb, unit: 'KB', budget: 30 })

      const listPage = await benchListPage(browser, baseUrl, mock.url, INSIGHTS)
      figures.push({
        name: `List: first row after navigation / static page (${listPage.firstRowMs.toFixed(0)} / ${listPage.staticFirstRowMs.toFixed(0)} ms)`,
        value: listPage.firstRowRatio,
        unit: '×',
        budget: 1.5,
      })
      figures.push({
        name: `List: first row on a cold start, full page load (median; ${(listPage.coldStartFirstRowMs / listPage.staticFirstRowMs).toFixed(1)}× the static page)`,
        value: listPage.coldStartFirstRowMs,
        unit: 'ms',
        budget: 500,
      })
      figures.push({
        name: 'List: search keystroke → rows, after debounce (median)',
        value: listPage.searchToRowsMs,
        unit: 'ms',
        budget: 100,
      })
      figures.push({
        name: 'Detail: navigation → trends chart painted (median)',
        value: await benchDetailPage(browser, baseUrl, await firstTrendsShortId(mock.url)),
        unit: 'ms',
        budget: 1500,
      })
      const cleanup = await benchCleanupPage(browser, baseUrl)
      figures.push({
        name: `Clean-up: finding candidates among ${cleanup.insights} insights, HTTP mock (median; longest task ${cleanup.longestTaskMs.toFixed(0)} ms)`,
        value: cleanup.findMs,
        unit: 'ms',
        budget: 5000,
      })
      const heap = await benchHeap(browser, baseUrl)
      figures.push({
        name: `JS heap growth, insights 10 → 50 opened (${heap.afterTenMb.toFixed(1)} → ${heap.afterFiftyMb.toFixed(1)} MB)`,
        value: heap.growthPercent,
        unit: '%',
        budget: 20,
      })
      const tabRuns = [1, 2, 5, 10].flatMap((tabs) => [
        { tabs, writers: 'one' as const },
        ...(tabs > 1 ? [{ tabs, writers: 'all' as const }] : []),
      ])
      for (const run of await benchMultiTabWrites(browser, baseUrl, tabRuns)) {
        const tabs = run.tabs === 1 ? '1 tab' : `${run.tabs} tabs, ${run.writers === 'one' ? 'one writes' : 'all write at once'}`
        // Writing at once, each write waits for the other tabs' turns; alone, a write should cost what it did with one tab.
        const budget = run.writers === 'all' ? 100 * run.tabs : 100
        figures.push({ name: `In-browser mock: rename, ${tabs} (median)`, value: run.medianMs, unit: 'ms', budget })
        figures.push({ name: `In-browser mock: renames lost, ${tabs}`, value: run.lost, unit: 'writes', budget: 0 })
      }
    } finally {
      await browser.close()
    }
    const detailPath = `/project/1/insights/${await firstTrendsShortId(mock.url)}`
    for (const score of await benchLighthouse(executablePath, baseUrl, ['/project/1/insights', detailPath])) {
      const page = score.path === detailPath ? 'detail' : 'list'
      figures.push({
        name: `Lighthouse performance, ${page}`,
        value: score.performance,
        unit: 'pts',
        budget: 90,
        aim: 95,
        atLeast: true,
      })
      figures.push({
        name: `Lighthouse accessibility, ${page}`,
        value: score.accessibility,
        unit: 'pts',
        budget: 100,
        atLeast: true,
      })
    }
  } finally {
    if (preview.pid) process.kill(-preview.pid)
    mock.stop()
  }

  const meets = (f: Figure) => (f.atLeast ? f.value >= f.budget : f.value <= f.budget)
  const sign = (f: Figure) => (f.atLeast ? '≥' : '≤')
  const rows = figures.map((f) => ({
    figure: f.name,
    value: `${f.value.toFixed(f.unit === 'KB' || f.unit === '%' ? 1 : f.unit === 'pts' ? 0 : 2)} ${f.unit}`,
    budget: `${sign(f)} ${f.budget} ${f.unit}${f.aim ? ` (aim ${sign(f)} ${f.aim})` : ''}`,
    ok: meets(f) ? 'yes' : 'NO',
  }))
  console.table(rows)
  writeFileSync('bench/results.json', JSON.stringify({ measuredAt: new Date().toISOString(), figures }, null, 2) + '\n')
  const missed = figures.filter((f) => !meets(f))
  if (missed.length) console.error(`Budget missed: ${missed.map((f) => f.name).join(', ')}`)
  return missed.length ? 1 : 0
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
