/**
 * The insights list's speed with 10,000 insights, for `npm run bench` (bench/run.ts calls `benchListPage`).
 *
 * The in-browser mock cannot be sized from the page (mocks/browser.ts always seeds its default ~600 insights), so the
 * app runs in API mode against the HTTP mock server seeded with 10,000 insights, as a user pointing it at a big
 * PostHog project would; the bench's static host (static-host.ts) passes `/api` to it, so requests are same-origin as with the dev proxy. Figures, each the median of RUNS fresh browser contexts (cold HTTP and data caches):
 * - static page: navigation start → first row painted of a plain HTML page holding the same 50 rows;
 * - stack floor: the same for that page with its rows rendered by React, TanStack Router and Query, and zod, and
 *   nothing else (stack-floor/app.tsx): what any app on this stack pays before its first row, the app's share aside;
 * - first row after navigation: a click on the sidebar's "Insights" link (from the home page) → the first row painted.
 *   This is the budgeted figure: going to the list is a navigation within the app, as it is a page load for the
 *   static page. The click is a script's, with no hover before it, so no intent preloading helps.
 * - first row on a cold start: navigation start of a full page load → the first row painted. Reported beside it: a
 *   client-rendered app must download and run its code before a row can exist, which a static page never does
 *   (see docs/decisions.md, "The list's speed budgets").
 * - search: the last keystroke → the searched rows painted, minus the search box's debounce, on a page that has
 *   finished loading (its background requests, such as the alert bells, done), as a person types into it.
 * - first dialog: then `?` → the keyboard shortcuts dialog painted, its code fetched on that first open.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { SEARCH_DEBOUNCE_MS } from '../src/features/insights-list/search-timing'
import { baselineHtml } from './baseline-page'
import { FIRST_PAGE_PATH, type BaselineRow } from './baseline-rows'
import { BENCH_API_KEY as API_KEY, crossOriginApiSettings, sameOriginApiSettings, zeroLatencyDemoSettings } from './api-mode'

const RUNS = 7
/** Terms present in the seeded names, one per run so no run reads another's cached answer. */
const SEARCH_TERMS = ['signup', 'revenue', 'retention', 'pageview', 'funnel', 'weekly', 'churn', 'trial', 'invite']

/** Every figure is one value per run, in run order, so a ratio can pair the runs measured next to each other. */
export interface ListPageBench {
  insights: number
  runs: number
  /** In-app navigation to the list → first row painted. */
  firstRowMs: number[]
  staticFirstRowMs: number[]
  /** A full page load of the list → first row painted, API mode, the API on the app's origin (the static host's proxy). */
  coldStartFirstRowMs: number[]
  /** The same with the API on another origin (the HTTP mock server's own port, with CORS), as against a real PostHog. */
  crossOriginColdStartFirstRowMs: number[]
  /** The same in demo mode: the in-browser mock (its ~600 seeded insights, no simulated latency) answers. */
  demoColdStartFirstRowMs: number[]
  /** A full page load of the stack floor (the static page's rows rendered by the stack alone) → first row painted. */
  stackFloorFirstRowMs: number[]
  searchToRowsMs: number[]
  /** What that search's request took as the page saw it (resource timing: request start → response end, through the
   * static host's proxy): the share of `searchToRowsMs` that is the API's and the network's, not the app's. */
  searchApiMs: number[]
  /** `?` on the loaded list → the shortcuts dialog painted: code split out of the entry, fetched on its first open. */
  firstDialogMs: number[]
}

async function serveHtml(html: string): Promise<{ url: string; server: Server }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
    response.end(html)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server }
}

/**
 * Records, in the page, when the first `[data-insight-row]` is painted: the frame after it enters the DOM.
 * `performance.now()` counts from navigation start, so the figure includes the request, parsing and every fetch.
 * In-page code is a string: tsx would wrap a serialized function's inner functions in a helper the page lacks.
 */
const RECORD_FIRST_ROW = `(() => {
  const check = () => {
    if (!document.querySelector('[data-insight-row]')) return false
    requestAnimationFrame(() => { window.__firstRowMs = performance.now() })
    return true
  }
  const observer = new MutationObserver(() => { if (check()) observer.disconnect() })
  observer.observe(document, { childList: true, subtree: true })
})()`

/**
 * Waits in the page for the recorded time. A plain `evaluate` of a promise, not `waitForFunction`: the latter evaluates
 * its predicate with `eval` in the page, which the production build's Content-Security-Policy refuses.
 */
function firstRowMs(page: Page): Promise<number> {
  return page.evaluate<number>(`new Promise((resolve) => {
    const poll = () => (typeof window.__firstRowMs === 'number' ? resolve(window.__firstRowMs) : setTimeout(poll, 5))
    poll()
  })`)
}

/**
 * From the home page, once it has settled: clicks the sidebar's Insights link and resolves with the time from that
 * click to the first list row painted.
 */
async function inAppNavigationFirstRowMs(page: Page): Promise<number> {
  return page.evaluate<number>(`new Promise((resolve, reject) => {
    const link = [...document.querySelectorAll('nav a')].find((a) => a.textContent.trim() === 'Insights')
    if (!link) return reject(new Error('no Insights link in the sidebar'))
    if (document.querySelector('[data-insight-row]')) return reject(new Error('rows before the navigation'))
    let start = 0
    const observer = new MutationObserver(() => {
      if (!document.querySelector('[data-insight-row]')) return
      observer.disconnect()
      requestAnimationFrame(() => resolve(performance.now() - start))
    })
    observer.observe(document.body, { childList: true, subtree: true })
    start = performance.now()
    link.click()
    setTimeout(() => reject(new Error('rows never arrived after the navigation')), 15000)
  })`)
}

/** `settings`: an init script that sets the app's mode up; none for a page that is not the app. */
async function appContext(browser: Browser, settings: string | null = sameOriginApiSettings): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  if (settings) await context.addInitScript({ content: settings })
  await context.addInitScript({ content: RECORD_FIRST_ROW })
  return context
}

/** A fresh browser context (cold HTTP cache, no service worker) opening the list's address → its first row painted. */
async function coldStartMs(browser: Browser, url: string, settings: string | null): Promise<number> {
  const context = await appContext(browser, settings)
  try {
    const page = await context.newPage()
    await page.goto(url)
    return await firstRowMs(page)
  } finally {
    await context.close()
  }
}

/**
 * Enters `term` in the search box and measures from that input event until the rows for it are painted (the URL holds
 * the term and the list went busy and back), then subtracts the debounce the box waits on purpose. Also returns how
 * long the search's own request took in the page, so the app's share can be told from the API's.
 */
async function searchToRows(page: Page, term: string): Promise<{ rowsMs: number; apiMs: number }> {
  await page.getByRole('searchbox', { name: 'Search insights' }).focus()
  const [elapsed, apiMs] = await page.evaluate<[number, number]>(`new Promise((resolve, reject) => {
    const input = document.querySelector('input[type="search"]')
    if (!input) return reject(new Error('no search box'))
    let start = 0
    let sawBusy = false
    // The new query always renders once with the previous rows marked busy, then with its own rows.
    const done = () => {
      if (new URL(location.href).searchParams.get('search') !== ${JSON.stringify(term)}) return false
      if (document.querySelector('[aria-busy="true"]')) {
        sawBusy = true
        return false
      }
      if (!sawBusy) return false
      requestAnimationFrame(() => {
        const request = performance.getEntriesByType('resource').findLast((entry) =>
          new URL(entry.name).searchParams.get('search') === ${JSON.stringify(term)})
        if (!request) return reject(new Error('no request for the search'))
        resolve([performance.now() - start, request.responseEnd - request.startTime])
      })
      return true
    }
    const observer = new MutationObserver(() => { if (done()) observer.disconnect() })
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true })
    // The whole term arrives as one input event (a paste, or the last key of a fast typist), the way React listens.
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set
    start = performance.now()
    setValue.call(input, ${JSON.stringify(term)})
    input.dispatchEvent(new Event('input', { bubbles: true }))
    setTimeout(() => reject(new Error('search rows never arrived: ' + location.href)), 15000)
  })`)
  return { rowsMs: elapsed - SEARCH_DEBOUNCE_MS, apiMs }
}

/** `?` pressed on the list (on the page, not in a field) → the first frame with the shortcuts dialog in it. */
function firstDialogMs(page: Page): Promise<number> {
  return page.evaluate<number>(`new Promise((resolve, reject) => {
    const start = performance.now()
    const observer = new MutationObserver(() => {
      if (!document.querySelector('[role="dialog"]')) return
      observer.disconnect()
      requestAnimationFrame(() => resolve(performance.now() - start))
    })
    observer.observe(document.body, { childList: true, subtree: true })
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: '?', bubbles: true }))
    setTimeout(() => reject(new Error('the shortcuts dialog never opened')), 15000)
  })`)
}

/**
 * `mockUrl`: the HTTP mock server (seeded with `insights` insights) that the static hosts at `baseUrl` (the app) and
 * `stackFloorUrl` (stack-floor.ts) pass `/api` to.
 */
export async function benchListPage(
  browser: Browser,
  baseUrl: string,
  stackFloorUrl: string,
  mockUrl: string,
  insights: number,
): Promise<ListPageBench> {
  const mock = { url: mockUrl }
  let baseline: Server | null = null
  try {
    const firstPage = (await (
      await fetch(mock.url + FIRST_PAGE_PATH, { headers: { Authorization: `Bearer ${API_KEY}` } })
    ).json()) as { results: BaselineRow[] }
    const staticPage = await serveHtml(baselineHtml(firstPage.results))
    baseline = staticPage.server

    const app: number[] = []
    const coldStart: number[] = []
    const crossOrigin: number[] = []
    const demo: number[] = []
    const staticRows: number[] = []
    const stackFloor: number[] = []
    const search: number[] = []
    const searchApi: number[] = []
    const dialog: number[] = []
    for (let run = 0; run < RUNS; run++) {
      const staticContext = await browser.newContext({ viewport: { width: 1280, height: 800 } })
      await staticContext.addInitScript({ content: RECORD_FIRST_ROW })
      const staticTab = await staticContext.newPage()
      await staticTab.goto(staticPage.url)
      staticRows.push(await firstRowMs(staticTab))
      await staticContext.close()

      const context = await appContext(browser)
      const page = await context.newPage()
      await page.goto(`${baseUrl}/project/1/insights`)
      coldStart.push(await firstRowMs(page))
      await page.waitForLoadState('networkidle')
      const term = SEARCH_TERMS[run % SEARCH_TERMS.length]!
      const searched = await searchToRows(page, term)
      search.push(searched.rowsMs)
      searchApi.push(searched.apiMs)
      dialog.push(await firstDialogMs(page))
      await context.close()

      // After the app's own page: a context closed just before it left the browser busy while its search ran.
      stackFloor.push(await coldStartMs(browser, `${stackFloorUrl}/project/1/insights`, null))
      crossOrigin.push(await coldStartMs(browser, `${baseUrl}/project/1/insights`, crossOriginApiSettings(mock.url)))
      demo.push(await coldStartMs(browser, `${baseUrl}/project/1/insights`, zeroLatencyDemoSettings))

      const homeContext = await appContext(browser)
      const home = await homeContext.newPage()
      await home.goto(`${baseUrl}/project/1`)
      // The network can fall idle while the entry still runs (a loaded machine), so wait for the page itself first.
      await home.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Insights' }).waitFor()
      await home.waitForLoadState('networkidle')
      app.push(await inAppNavigationFirstRowMs(home))
      await homeContext.close()
    }
    return {
      insights,
      runs: RUNS,
      firstRowMs: app,
      staticFirstRowMs: staticRows,
      coldStartFirstRowMs: coldStart,
      crossOriginColdStartFirstRowMs: crossOrigin,
      demoColdStartFirstRowMs: demo,
      stackFloorFirstRowMs: stackFloor,
      searchToRowsMs: search,
      searchApiMs: searchApi,
      firstDialogMs: dialog,
    }
  } finally {
    baseline?.close()
  }
}
