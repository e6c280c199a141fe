/* The real machine behind browser.mjs's arguments: this process's environment, platform and file system. */
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { browserProblem, findBrowser, linuxDistribution } from './browser.mjs'

const require = createRequire(import.meta.url)

/** Where Playwright keeps its own Chromium (downloaded or not); null if playwright-core is not installed yet. */
function playwrightChromiumPath() {
  try {
    const { chromium } = require('playwright-core')
    return chromium.executablePath()
  } catch {
    return null
  }
}

function readOsRelease() {
  try {
    return readFileSync('/etc/os-release', 'utf8')
  } catch {
    return null
  }
}

export function thisMachine() {
  return {
    env: process.env,
    platform: process.platform,
    exists: (path) => existsSync(path),
    playwrightChromium: playwrightChromiumPath(),
    osRelease: process.platform === 'linux' ? readOsRelease() : null,
  }
}

/** This machine's browser for Playwright, or the one line that says why there is none and how to get one. */
export function browserOnThisMachine() {
  const machine = thisMachine()
  const problem = browserProblem({ ...machine, distribution: linuxDistribution(machine.osRelease) })
  return problem ? { path: null, problem } : { path: findBrowser(machine).path, problem: null }
}
