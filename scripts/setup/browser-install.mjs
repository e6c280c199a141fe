/* Whether `npm install` should download Playwright's Chromium, and doing it without ever failing the install. */
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { browserFixCommand, describeBrowser, findBrowser, linuxDistribution } from './browser.mjs'
import { thisMachine } from './this-machine.mjs'

/** Playwright's own reading of the variable: set and neither "0" nor "false". */
function downloadSkipped(env) {
  const value = env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD
  return Boolean(value) && value !== '0' && value !== 'false'
}

/** Download only when no browser is there and the user has not said no; otherwise one line saying what will be used. */
export function browserInstallPlan({ env, found, fix }) {
  if (found) return { download: false, line: `Chromium for the end-to-end tests: ${describeBrowser(found)}.` }
  if (downloadSkipped(env))
    return {
      download: false,
      line: `No Chromium for the end-to-end tests, and PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD is set. To get one: ${fix}`,
    }
  return { download: true, line: "Downloading Playwright's Chromium for the end-to-end tests (no Chromium or Chrome found)…" }
}

/**
 * Follows the plan. `install` resolves on success and rejects with a short reason; whatever happens, this resolves,
 * and a failure is one line, never Playwright's full error.
 */
export async function provideBrowser({ machine = thisMachine(), install = installPlaywrightChromium, log = console.log } = {}) {
  const fix = browserFixCommand(machine.platform, linuxDistribution(machine.osRelease))
  const plan = browserInstallPlan({ env: machine.env, found: findBrowser(machine), fix })
  log(plan.line)
  if (!plan.download) return 'skipped'
  try {
    await install()
    log("Playwright's Chromium is installed.")
    return 'installed'
  } catch (error) {
    log(
      `Could not download Playwright's Chromium (${error instanceof Error ? error.message : String(error)}). npm install is fine; for the end-to-end tests run: ${fix}`,
    )
    return 'failed'
  }
}

const require = createRequire(import.meta.url)

/** `playwright install chromium`, its output kept back unless asked for (a failed download prints pages of it). */
function installPlaywrightChromium() {
  const cli = join(dirname(require.resolve('@playwright/test/package.json')), 'cli.js')
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, 'install', 'chromium'], { stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('error', reject)
    child.on('exit', (code) => {
      if (code === 0) return resolve()
      const reason = /Error: ([^\n]+)/.exec(output)?.[1] ?? `exit code ${code}`
      reject(new Error(reason.slice(0, 160)))
    })
  })
}
