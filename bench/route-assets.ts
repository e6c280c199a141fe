import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Browser } from 'playwright-core'
import { sameOriginApiSettings } from './api-mode'

export interface RouteAssets {
  path: string
  jsKb: number
  cssKb: number
  files: string[]
}

function gzipKb(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length / 1024
}

/**
 * Loads a route of the built app in a real browser and sums the gzip size of every JS and CSS file it fetched until
 * the network went idle. The app runs in API mode (against the HTTP mock server behind the bench's static host), so the
 * mock chunk, which only mock mode loads, is not counted, and everything the page needs to show its data is.
 */
export async function measureRouteAssets(browser: Browser, baseUrl: string, distDir: string, path: string): Promise<RouteAssets> {
  const context = await browser.newContext()
  await context.addInitScript({ content: sameOriginApiSettings })
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
