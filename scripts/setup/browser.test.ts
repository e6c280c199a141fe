// @vitest-environment node
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { browserFixCommand, browserProblem, findBrowser, linuxDistribution, systemBrowserPaths } from './browser.mjs'

const PLAYWRIGHT = '/home/ada/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome'

/** A machine whose file system holds exactly `files`. */
function machine(platform: NodeJS.Platform, files: string[], env: Record<string, string> = {}) {
  return { env, platform, exists: (path: string) => files.includes(path), playwrightChromium: PLAYWRIGHT }
}

describe('findBrowser', () => {
  it('finds nothing on a machine with no browser at all', () => {
    expect(findBrowser(machine('linux', []))).toBeNull()
    expect(findBrowser(machine('darwin', [], { HOME: '/Users/ada' }))).toBeNull()
    expect(findBrowser(machine('win32', [], { PROGRAMFILES: 'C:\\Program Files' }))).toBeNull()
  })

  it("uses Debian's Chromium, Google Chrome, or Chrome for macOS and Windows at their usual places", () => {
    expect(findBrowser(machine('linux', ['/usr/bin/chromium']))).toEqual({ path: '/usr/bin/chromium', source: 'system' })
    expect(findBrowser(machine('linux', ['/usr/bin/google-chrome-stable']))?.path).toBe('/usr/bin/google-chrome-stable')
    const macChrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'
    expect(findBrowser(machine('darwin', [macChrome]))).toEqual({ path: macChrome, source: 'system' })
    const userChromium = '/Users/ada/Applications/Chromium.app/Contents/MacOS/Chromium'
    expect(findBrowser(machine('darwin', [userChromium], { HOME: '/Users/ada' }))?.path).toBe(userChromium)
    const windowsChrome = 'C:\\Users\\ada\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe'
    expect(findBrowser(machine('win32', [windowsChrome], { LOCALAPPDATA: 'C:\\Users\\ada\\AppData\\Local' }))).toEqual({
      path: windowsChrome,
      source: 'system',
    })
  })

  it("leaves Ubuntu's snap Chromium alone, which Playwright cannot drive", () => {
    const paths = systemBrowserPaths('linux', {})
    expect(paths).not.toContain('/usr/bin/chromium-browser')
    expect(paths).not.toContain('/snap/bin/chromium')
  })

  it("falls back to Playwright's own Chromium once it is downloaded", () => {
    expect(findBrowser(machine('linux', [PLAYWRIGHT]))).toEqual({ path: PLAYWRIGHT, source: 'playwright' })
    expect(findBrowser({ ...machine('linux', []), playwrightChromium: null })).toBeNull()
  })

  it('prefers CHROMIUM_PATH to a system browser, and a system browser to Playwright’s', () => {
    const everything = ['/usr/bin/chromium', PLAYWRIGHT, '/opt/chromium/chrome']
    expect(findBrowser(machine('linux', everything, { CHROMIUM_PATH: '/opt/chromium/chrome' }))).toEqual({
      path: '/opt/chromium/chrome',
      source: 'CHROMIUM_PATH',
    })
    expect(findBrowser(machine('linux', everything))?.source).toBe('system')
  })
})

describe('browserProblem', () => {
  it('is one line naming the fix for this operating system when there is no browser', () => {
    const problem = (platform: NodeJS.Platform, distribution: string | null) =>
      browserProblem({ ...machine(platform, []), distribution })
    expect(problem('linux', 'debian')).toBe(
      'No Chromium or Chrome found for the end-to-end tests. Fix: sudo apt-get install -y chromium',
    )
    expect(problem('linux', 'ubuntu')).toMatch(/Fix: npx playwright install --with-deps chromium$/)
    expect(problem('darwin', null)).toMatch(/Fix: npx playwright install chromium$/)
    expect(problem('win32', null)).toMatch(/Fix: npx playwright install chromium$/)
    expect(problem('linux', 'ubuntu')).not.toContain('\n')
  })

  it('names a CHROMIUM_PATH that points at nothing, rather than quietly using another browser', () => {
    expect(
      browserProblem({ ...machine('linux', ['/usr/bin/chromium'], { CHROMIUM_PATH: '/opt/gone' }), distribution: 'debian' }),
    ).toBe(
      'CHROMIUM_PATH is set to /opt/gone, but there is no file there. Fix: point CHROMIUM_PATH at a Chromium or Chrome executable, or unset it.',
    )
  })

  it('is null when a browser is there', () => {
    expect(browserProblem({ ...machine('linux', [PLAYWRIGHT]), distribution: 'ubuntu' })).toBeNull()
  })
})

describe('linuxDistribution', () => {
  it('reads the id from /etc/os-release, quoted or not', () => {
    expect(linuxDistribution('PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nID=debian\n')).toBe('debian')
    expect(linuxDistribution('NAME="Ubuntu"\nID="ubuntu"\nID_LIKE=debian\n')).toBe('ubuntu')
    expect(linuxDistribution(null)).toBeNull()
    expect(browserFixCommand('linux', null)).toBe('npx playwright install --with-deps chromium')
  })
})

describe('check.mjs before the end-to-end stage', () => {
  it('stops with exactly one line and no stack trace when the browser it was given is not there', () => {
    const run = spawnSync(process.execPath, [join(import.meta.dirname, 'check.mjs'), 'e2e'], {
      encoding: 'utf8',
      env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium' },
    })
    expect(run.status).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr).toBe(
      'CHROMIUM_PATH is set to /nonexistent/chromium, but there is no file there. Fix: point CHROMIUM_PATH at a Chromium or Chrome executable, or unset it.\n',
    )
  })
})
