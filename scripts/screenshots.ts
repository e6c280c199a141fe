/**
 * `npm run screenshots`: captures the main pages of the built app (mock mode) at desktop and phone sizes into
 * docs/screenshots/, to look at layouts the way a user sees them. Run `npx vite build` first.
 */
import { spawn } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { chromium, type Page } from 'playwright-core'
import { browserOnThisMachine } from './setup/this-machine.mjs'

const PORT = 4185
const pages = [
  { name: 'home', path: '/project/1' },
  { name: 'insights', path: '/project/1/insights' },
  { name: 'detail', path: '/project/1/insights/$trends' },
  { name: 'detail-funnel', path: '/project/1/insights/$funnel' },
  { name: 'sharing', path: '/project/1/insights/$trends/sharing' },
  { name: 'thresholds', path: '/project/1/insights/$trends/thresholds' },
  { name: 'activity', path: '/project/1/insights/$trends/activity' },
  { name: 'project-activity', path: '/project/1/activity' },
  { name: 'tags', path: '/project/1/tags' },
  { name: 'elements', path: '/project/1/elements' },
  { name: 'settings', path: '/settings' },
  { name: 'not-found', path: '/nowhere' },
]

/** The short id of the first insight of a type, asked of the running mock (the page's own fetch reaches its worker). */
async function shortIdOf(page: Page, type: string): Promise<string> {
  return page.evaluate(async (insight) => {
    const response = await fetch(`/api/projects/1/insights/?insight=${insight}&limit=1&basic=true`)
    const body = (await response.json()) as { results: { short_id: string }[] }
    return body.results[0]?.short_id ?? 'missing'
  }, type)
}
const sizes = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
]

const installedBrowser = browserOnThisMachine()
if (installedBrowser.problem !== null) {
  console.error(installedBrowser.problem)
  process.exit(1)
}

const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true })
try {
  await new Promise((resolve) => setTimeout(resolve, 2500))
  mkdirSync('docs/screenshots', { recursive: true })
  const browser = await chromium.launch({
    executablePath: installedBrowser.path,
    args: ['--no-sandbox', '--disable-gpu'],
  })
  for (const scheme of ['light', 'dark'] as const) {
    for (const size of sizes) {
      const context = await browser.newContext({ viewport: size, colorScheme: scheme })
      await context.addInitScript(() => localStorage.setItem('insight-desk:mock-latency', '0'))
      const page = await context.newPage()
      await page.goto(`http://localhost:${PORT}/project/1/insights`, { waitUntil: 'networkidle' })
      const ids = { $trends: await shortIdOf(page, 'TRENDS'), $funnel: await shortIdOf(page, 'FUNNELS') }
      for (const { name, path } of pages) {
        const url = path.replace(/\$(trends|funnel)/, (key) => ids[key as keyof typeof ids])
        await page.goto(`http://localhost:${PORT}${url}`, { waitUntil: 'networkidle' })
        await page.screenshot({ path: `docs/screenshots/${name}-${size.name}-${scheme}.png` })
      }
      await context.close()
    }
  }
  await browser.close()
} finally {
  if (server.pid) process.kill(-server.pid)
}
