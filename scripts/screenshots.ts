/**
 * `npm run screenshots`: captures the main pages of the built app (mock mode) at desktop and phone sizes into
 * docs/screenshots/, to look at layouts the way a user sees them. Run `npx vite build` first.
 */
import { spawn } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { chromium } from 'playwright-core'

const PORT = 4185
const pages = [
  { name: 'insights', path: '/project/1/insights' },
  { name: 'settings', path: '/settings' },
  { name: 'not-found', path: '/nowhere' },
]
const sizes = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
]

const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true })
try {
  await new Promise((resolve) => setTimeout(resolve, 2500))
  mkdirSync('docs/screenshots', { recursive: true })
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  })
  for (const scheme of ['light', 'dark'] as const) {
    for (const size of sizes) {
      const context = await browser.newContext({ viewport: size, colorScheme: scheme })
      const page = await context.newPage()
      for (const { name, path } of pages) {
        await page.goto(`http://localhost:${PORT}${path}`, { waitUntil: 'networkidle' })
        await page.screenshot({ path: `docs/screenshots/${name}-${size.name}-${scheme}.png` })
      }
      await context.close()
    }
  }
  await browser.close()
} finally {
  if (server.pid) process.kill(-server.pid)
}
