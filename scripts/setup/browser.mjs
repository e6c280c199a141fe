/*
 * Which Chromium the end-to-end tests, the bench and the screenshots drive, in this order:
 *   1. CHROMIUM_PATH, when set (the user's explicit choice wins, even when nothing is there: the check says so);
 *   2. a system Chromium or Google Chrome at its usual place on Linux, macOS or Windows;
 *   3. Playwright's own Chromium, when `npx playwright install chromium` (or our postinstall) has fetched it.
 * Pure: the environment, the platform and the file system come in as arguments, so tests can fake every machine.
 */
import { posix, win32 } from 'node:path'

/**
 * Ubuntu's /usr/bin/chromium-browser and /snap/bin/chromium are the snap package, which Playwright cannot drive (snap
 * confinement refuses the temporary profile directory Playwright hands it), so they are left out on purpose: on Ubuntu,
 * Google Chrome's .deb or Playwright's own Chromium is used instead.
 */
const LINUX_PATHS = ['/usr/bin/chromium', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome', '/opt/google/chrome/chrome']

const MACOS_APPS = ['Google Chrome.app/Contents/MacOS/Google Chrome', 'Chromium.app/Contents/MacOS/Chromium']

const WINDOWS_APPS = [
  win32.join('Google', 'Chrome', 'Application', 'chrome.exe'),
  win32.join('Chromium', 'Application', 'chrome.exe'),
]

/** Where a system browser usually is on this platform, most likely first. */
export function systemBrowserPaths(platform, env) {
  if (platform === 'linux') return LINUX_PATHS
  if (platform === 'darwin') {
    const roots = ['/Applications', ...(env.HOME ? [posix.join(env.HOME, 'Applications')] : [])]
    return roots.flatMap((root) => MACOS_APPS.map((app) => posix.join(root, app)))
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(Boolean)
    return roots.flatMap((root) => WINDOWS_APPS.map((app) => win32.join(root, app)))
  }
  return []
}

/**
 * The browser to use, or null when there is none. `playwrightChromium` is where Playwright keeps its own Chromium
 * (`chromium.executablePath()` from playwright-core), whether or not it has been downloaded.
 */
export function findBrowser({ env, platform, exists, playwrightChromium }) {
  if (env.CHROMIUM_PATH) return { path: env.CHROMIUM_PATH, source: 'CHROMIUM_PATH' }
  const system = systemBrowserPaths(platform, env).find((path) => exists(path))
  if (system) return { path: system, source: 'system' }
  if (playwrightChromium && exists(playwrightChromium)) return { path: playwrightChromium, source: 'playwright' }
  return null
}

/** The Linux distribution's id from /etc/os-release (`debian`, `ubuntu` …), or null. */
export function linuxDistribution(osRelease) {
  const match = /^ID="?([^"\n]+)"?$/m.exec(osRelease ?? '')
  return match ? match[1].trim() : null
}

/** The one command that gets a browser onto this machine. */
export function browserFixCommand(platform, distribution) {
  // Debian packages a Chromium that Playwright drives (what CI uses); elsewhere Playwright's own build is the sure thing.
  if (platform === 'linux' && distribution === 'debian') return 'sudo apt-get install -y chromium'
  if (platform === 'linux') return 'npx playwright install --with-deps chromium'
  return 'npx playwright install chromium'
}

/**
 * One line describing what is wrong with the browser set-up, or null when a browser is there. `exists` is asked again
 * for CHROMIUM_PATH, which findBrowser takes on trust.
 */
export function browserProblem({ env, platform, exists, playwrightChromium, distribution }) {
  const found = findBrowser({ env, platform, exists, playwrightChromium })
  if (found?.source === 'CHROMIUM_PATH' && !exists(found.path))
    return `CHROMIUM_PATH is set to ${found.path}, but there is no file there. Fix: point CHROMIUM_PATH at a Chromium or Chrome executable, or unset it.`
  if (found) return null
  return `No Chromium or Chrome found for the end-to-end tests. Fix: ${browserFixCommand(platform, distribution)}`
}

/** How the browser was found, for one line of output. */
export function describeBrowser(found) {
  const how = { CHROMIUM_PATH: 'from CHROMIUM_PATH', system: 'system browser', playwright: "Playwright's Chromium" }
  return `${found.path} (${how[found.source]})`
}
