import type { Browser, BrowserContext, Page } from 'playwright-core'

/** Renames each tab sends, one after another, while every other tab does the same. */
const WRITES_PER_TAB = 20

export interface MultiTabWrites {
  tabs: number
  /** How many of the open tabs write: one (the others just show pages) or all at once. */
  writers: 'one' | 'all'
  /** Median ms of one rename, from fetch to answer, in the page (lock wait included). */
  medianMs: number
  /** Renames answered 200 that a fresh page no longer finds. */
  lost: number
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

/** Sends the tab's renames in a row and answers each one's duration. */
function renameInTurn(page: Page, ids: readonly number[], tab: number): Promise<number[]> {
  return page.evaluate(
    async ({ ids, tab }) => {
      const durations: number[] = []
      for (const [index, id] of ids.entries()) {
        const start = performance.now()
        const response = await fetch(`/api/projects/1/insights/${id}/`, {
          method: 'PATCH',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ name: `bench tab ${tab} write ${index}` }),
        })
        if (!response.ok) throw new Error(`rename answered ${response.status}`)
        durations.push(performance.now() - start)
      }
      return durations
    },
    { ids, tab },
  )
}

async function openTab(context: BrowserContext, baseUrl: string): Promise<Page> {
  const page = await context.newPage()
  await page.goto(`${baseUrl}/settings`)
  await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor()
  // The app renders while its mock still starts (src/main.tsx marks <html data-demo-mock>). A fetch sent before the mock
  // listens reaches the static host instead, which passes /api to the HTTP mock server: renames then land there and a
  // reader reads there, and the renames the in-browser mock answered count as lost. (A string: the build's CSP
  // refuses the eval that waitForFunction needs.)
  const state = await page.evaluate<string>(`new Promise((resolve) => {
    const poll = () => (document.documentElement.dataset.demoMock === 'starting' ? setTimeout(poll, 10) : resolve(String(document.documentElement.dataset.demoMock)))
    poll()
  })`)
  if (state !== 'ready') throw new Error(`the in-browser mock did not start (${state})`)
  return page
}

/**
 * Tabs of one browser writing the in-browser mock's data (the default connection, no simulated latency): with some
 * tabs open, one of them or all of them at the same time rename their own insights, WRITES_PER_TAB in a row; then a
 * new tab reads every name back. Every write must be there, and the median write time shows what sharing one store
 * costs: the other tabs' turns, and catching up with what they saved.
 */
export async function benchMultiTabWrites(
  browser: Browser,
  baseUrl: string,
  runs: readonly Pick<MultiTabWrites, 'tabs' | 'writers'>[],
): Promise<MultiTabWrites[]> {
  const results: MultiTabWrites[] = []
  for (const { tabs, writers } of runs) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
    await context.addInitScript(() => localStorage.setItem('insight-desk:mock-latency', '0'))
    // Ten tabs starting the app at once on two cores take their time; what is measured is the writes afterwards.
    context.setDefaultTimeout(90_000)
    try {
      const pages: Page[] = []
      for (let tab = 0; tab < tabs; tab++) pages.push(await openTab(context, baseUrl))
      const list = await pages[0]!.evaluate(async (limit) => {
        const response = await fetch(`/api/projects/1/insights/?limit=${limit}&order=id`)
        return ((await response.json()) as { results: { id: number }[] }).results.map((insight) => insight.id)
      }, tabs * WRITES_PER_TAB)
      const idsOf = (tab: number) => list.slice(tab * WRITES_PER_TAB, (tab + 1) * WRITES_PER_TAB)
      const writing = writers === 'all' ? pages : pages.slice(0, 1)
      const durations = (await Promise.all(writing.map((page, tab) => renameInTurn(page, idsOf(tab), tab)))).flat()

      const reader = await openTab(context, baseUrl)
      const names = await reader.evaluate(async (limit) => {
        const response = await fetch(`/api/projects/1/insights/?limit=${limit}&order=id`)
        return ((await response.json()) as { results: { id: number; name: string | null }[] }).results
      }, tabs * WRITES_PER_TAB)
      const expected = new Map(
        writing.flatMap((_, tab) => idsOf(tab).map((id, index) => [id, `bench tab ${tab} write ${index}`])),
      )
      const lost = names.filter((insight) => expected.has(insight.id) && expected.get(insight.id) !== insight.name).length
      results.push({ tabs, writers, medianMs: median(durations), lost })
    } finally {
      await context.close()
    }
  }
  return results
}
