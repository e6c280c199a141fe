import type { Browser, Page } from 'playwright-core'

const RUNS = 7
/** A line path inside the trends chart: recharts draws it once data and size are known, i.e. when the chart is painted. */
const CHART_LINE = 'figure[data-chart-kind="TRENDS"] path.recharts-line-curve'

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

/** Finds a trends insight through the API, from the page, where the in-browser mock answers. */
async function trendsShortId(page: Page, baseUrl: string): Promise<string> {
  await page.goto(`${baseUrl}/project/1/insights`)
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null)
  const shortId = await page.evaluate(async () => {
    const response = await fetch('/api/projects/1/insights/?insight=TRENDS&limit=1&basic=true')
    const list = (await response.json()) as { results: { short_id: string }[] }
    return list.results[0]?.short_id ?? null
  })
  if (!shortId) throw new Error('the mock has no trends insight')
  return shortId
}

/**
 * Median ms, over RUNS page loads, from navigation to the first frame with a trends chart's lines drawn on the insight
 * detail page, in the built app with the in-browser mock at latency 0. Each run is a full page load (app boot, route chunks, the insight request, the lazy recharts chunk
 * and the first chart frame). The first visit warms the service worker and HTTP cache, as a returning user has them.
 */
export async function benchDetailPage(browser: Browser, baseUrl: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  await context.addInitScript(() => localStorage.setItem('insight-desk:mock-latency', '0'))
  try {
    const page = await context.newPage()
    const shortId = await trendsShortId(page, baseUrl)
    const url = `${baseUrl}/project/1/insights/${shortId}`
    await page.goto(url)
    await page.waitForSelector(CHART_LINE)
    const runs: number[] = []
    for (let run = 0; run < RUNS; run++) {
      await page.goto(url, { waitUntil: 'commit' })
      // Sampled on animation frames, so the time is that of a frame that has the chart in it.
      const handle = await page.waitForFunction(
        (selector) => (document.querySelector(selector) ? performance.now() : null),
        CHART_LINE,
        { polling: 'raf', timeout: 30_000 },
      )
      runs.push(Number(await handle.jsonValue()))
    }
    return median(runs)
  } finally {
    await context.close()
  }
}
