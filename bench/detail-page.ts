import type { Browser } from 'playwright-core'
import { sameOriginApiSettings } from './api-mode'

const RUNS = 7
/** A line path inside the trends chart: recharts draws it once data and size are known, i.e. when the chart is painted. */
const CHART_LINE = 'figure[data-chart-kind="TRENDS"] path.recharts-line-curve'

/**
 * Ms, for each of RUNS page loads, from navigation to the first frame with a trends chart's lines drawn on the insight
 * detail page, in the built app in API mode (the HTTP mock with 10,000 insights behind the bench's static host). Each run is
 * a full page load (app boot, route chunks, the insight request, the lazy recharts chunk and the first chart frame).
 * The first visit warms the HTTP cache, as a returning user has it.
 */
export async function benchDetailPage(browser: Browser, baseUrl: string, shortId: string): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  await context.addInitScript({ content: sameOriginApiSettings })
  try {
    const page = await context.newPage()
    const url = `${baseUrl}/project/1/insights/${shortId}`
    await page.goto(url)
    await page.waitForSelector(CHART_LINE)
    const runs: number[] = []
    for (let run = 0; run < RUNS; run++) {
      await page.goto(url, { waitUntil: 'commit' })
      // Sampled on animation frames, so the time is that of a frame that has the chart in it. A plain `evaluate` of a
      // promise: `waitForFunction` evaluates its predicate with `eval`, which the build's Content-Security-Policy refuses.
      runs.push(
        await page.evaluate<number>(`new Promise((resolve) => {
          const poll = () => (document.querySelector(${JSON.stringify(CHART_LINE)}) ? resolve(performance.now()) : requestAnimationFrame(poll))
          poll()
        })`),
      )
    }
    return runs
  } finally {
    await context.close()
  }
}
