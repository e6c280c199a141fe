import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Browser } from 'playwright-core'

export interface RouteAssets {
  path: string
  jsKb: number
  cssKb: number
  files: string[]
}

const fakeUser = { id: 1, uuid: 'u-1', distinct_id: 'u-1', first_name: 'Bench', last_name: 'User', email: 'bench@example.test' }
const fakeProject = { id: 1, name: 'Bench project', timezone: 'UTC' }

function gzipKb(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length / 1024
}

/**
 * Loads a route of the built app in a real browser and sums the gzip size of every JS and CSS file it fetched
 * before it settled. The app runs in API mode against a stub, so the mock chunk (only for mock mode) is not counted,
 * and neither is anything a route loads lazily later.
 */
export async function measureRouteAssets(browser: Browser, baseUrl: string, distDir: string, path: string): Promise<RouteAssets> {
  const context = await browser.newContext()
  await context.addInitScript(() => {
    localStorage.setItem(
      'insight-desk:connection',
      JSON.stringify({
        state: { mode: 'api', host: '', projectId: '1', pathFamily: 'projects', rememberKey: false },
        version: 1,
      }),
    )
    sessionStorage.setItem('insight-desk:api-key', 'phx_bench')
  })
  await context.route('**/api/**', (route) => {
    const url = route.request().url()
    const body = url.includes('/users/@me')
      ? fakeUser
      : url.match(/\/api\/\w+\/1\/$/)
        ? fakeProject
        : { count: 0, next: null, previous: null, results: [] }
    return route.fulfill({ json: body })
  })
  const page = await context.newPage()
  const files = new Set<string>()
  page.on('response', (response) => {
    const { pathname } = new URL(response.url())
    if (/\.(js|css)$/.test(pathname)) files.add(pathname)
  })
  await page.goto(baseUrl + path, { waitUntil: 'networkidle' })
  await context.close()
  let jsKb = 0
  let cssKb = 0
  for (const file of files) {
    const size = gzipKb(join(distDir, file))
    if (file.endsWith('.js')) jsKb += size
    else cssKb += size
  }
  return { path, jsKb, cssKb, files: [...files].sort() }
}
