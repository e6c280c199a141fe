// @vitest-environment node
import { describe, expect, it, vi } from 'vitest'
import { browserInstallPlan, provideBrowser } from './browser-install.mjs'

const PLAYWRIGHT = '/home/ada/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome'

function ubuntu(files: string[], env: Record<string, string> = {}) {
  return {
    env,
    platform: 'linux' as const,
    exists: (path: string) => files.includes(path),
    playwrightChromium: PLAYWRIGHT,
    osRelease: 'NAME="Ubuntu"\nID=ubuntu\n',
  }
}

/** Runs the postinstall step on a fake machine, with a fake download; returns what it printed and whether it downloaded. */
async function install(machine: ReturnType<typeof ubuntu>, download: () => Promise<void> = () => Promise.resolve()) {
  const lines: string[] = []
  const installer = vi.fn(download)
  const outcome = await provideBrowser({ machine, install: installer, log: (line) => lines.push(line) })
  return { outcome, lines, downloaded: installer.mock.calls.length > 0 }
}

describe("npm install's browser step", () => {
  it('downloads nothing when a system browser is there, and says which one the tests will use', async () => {
    expect(await install(ubuntu(['/usr/bin/google-chrome']))).toEqual({
      outcome: 'skipped',
      lines: ['Chromium for the end-to-end tests: /usr/bin/google-chrome (system browser).'],
      downloaded: false,
    })
  })

  it('downloads nothing when PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1, and says how to get a browser later', async () => {
    const result = await install(ubuntu([], { PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' }))
    expect(result.downloaded).toBe(false)
    expect(result.lines).toEqual([
      'No Chromium for the end-to-end tests, and PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD is set. To get one: npx playwright install --with-deps chromium',
    ])
  })

  it("downloads Playwright's Chromium where no browser is found and downloads are allowed", async () => {
    const result = await install(ubuntu([], { PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '0' }))
    expect(result.downloaded).toBe(true)
    expect(result.outcome).toBe('installed')
  })

  it('never fails the install when the download fails: one line with the reason and the fix', async () => {
    const result = await install(ubuntu([]), () => Promise.reject(new Error('getaddrinfo ENOTFOUND cdn.playwright.dev')))
    expect(result.outcome).toBe('failed')
    expect(result.lines[1]).toBe(
      "Could not download Playwright's Chromium (getaddrinfo ENOTFOUND cdn.playwright.dev). npm install is fine; for the end-to-end tests run: npx playwright install --with-deps chromium",
    )
  })

  it("does not download again once Playwright's Chromium is there", () => {
    const plan = browserInstallPlan({ env: {}, found: { path: PLAYWRIGHT, source: 'playwright' }, fix: '' })
    expect(plan).toEqual({ download: false, line: `Chromium for the end-to-end tests: ${PLAYWRIGHT} (Playwright's Chromium).` })
  })
})
