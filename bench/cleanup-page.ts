import type { Browser } from 'playwright-core'
import { sameOriginApiSettings } from './api-mode'

const RUNS = 3
const FOUND = /^Found \d+ candidates among/

interface TraceEvent {
  name: string
  ph: string
  pid: number
  tid: number
  ts: number
  dur?: number
  tdur?: number
  args?: { name?: string; data?: { documentLoaderURL?: string } }
}

/** A main-thread task, as the `toplevel` category names it (and DevTools' timeline does). */
const TASKS = new Set(['ThreadControllerImpl::RunTask', 'RunTask'])

/** The most thread time one task took on the clean-up page's main thread, from its navigation on, in ms. */
function longestTaskCpu(trace: Buffer): number {
  const events = (JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] }).traceEvents
  const start = events.find(
    (event) => event.name === 'navigationStart' && event.args?.data?.documentLoaderURL?.includes('/cleanup'),
  )
  if (!start) throw new Error('the trace has no navigation to the clean-up page')
  const tasks = events.filter(
    (event) =>
      TASKS.has(event.name) && event.ph === 'X' && event.pid === start.pid && event.tid === start.tid && event.ts >= start.ts,
  )
  return Math.max(0, ...tasks.map((task) => (task.tdur ?? 0) / 1000))
}

export interface CleanupPageFigures {
  /** Per run, ms from navigation to the groups counted ("Found N candidates among M insights"). */
  findMs: number[]
  /** Per run, the longest main-thread task from navigation to that moment (PerformanceObserver `longtask`), in ms. */
  longestTaskMs: number[]
  /**
   * Per run, the most CPU time one main-thread task used (Chromium trace, thread time). On a shared machine a task's
   * wall time also counts the time other processes held the core; this is the page's own share.
   */
  longestTaskCpuMs: number[]
  insights: number
}

/**
 * Finding candidates on the clean-up page among every insight of the HTTP mock (10,000 in the bench), in the built app
 * in API mode: a full page load, the scan of the full list in pages, alerts, and the duplicate comparison. Three runs
 * (each reads the whole project, so more would lengthen the bench for little precision). Long tasks are recorded from
 * the page's start, so the figure covers reading, parsing and comparing alike.
 */
export async function benchCleanupPage(browser: Browser, baseUrl: string): Promise<CleanupPageFigures> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  await context.addInitScript({ content: sameOriginApiSettings })
  await context.addInitScript({
    content: `(() => {
      window.__longestTask = 0
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__longestTask = Math.max(window.__longestTask, entry.duration)
      }).observe({ type: 'longtask', buffered: true })
    })()`,
  })
  try {
    const page = await context.newPage()
    const findMs: number[] = []
    const longestTaskMs: number[] = []
    const longestTaskCpuMs: number[] = []
    let insights = 0
    for (let run = 0; run < RUNS; run++) {
      await browser.startTracing(page, {
        // Top-level tasks and navigation marks only: the lightest trace that has each task's thread time.
        categories: ['toplevel', 'blink.user_timing'],
      })
      await page.goto(`${baseUrl}/project/1/cleanup`, { waitUntil: 'commit' })
      const status = page.getByRole('status').filter({ hasText: FOUND })
      await status.waitFor({ timeout: 60_000 })
      // The time of the frame that shows the count, read in the page (navigation start is its zero).
      findMs.push(await page.evaluate<number>('performance.now()'))
      // The observer starts afresh with each page load, so this is the run's own longest task.
      longestTaskMs.push(await page.evaluate<number>('window.__longestTask'))
      longestTaskCpuMs.push(longestTaskCpu(await browser.stopTracing()))
      insights = Number(/among (\d[\d,]*) insights/.exec((await status.textContent()) ?? '')?.[1]?.replace(/,/g, '') ?? 0)
    }
    return { findMs, longestTaskMs, longestTaskCpuMs, insights }
  } finally {
    await context.close()
  }
}
