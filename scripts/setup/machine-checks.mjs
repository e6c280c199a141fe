/* The checks after the Node version, against this machine (check.mjs runs them). */
import { copyFileSync, existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { ensureMockWorker } from './mock-worker.mjs'
import { browserOnThisMachine } from './this-machine.mjs'

const fromRoot = (path) => fileURLToPath(new URL(`../../${path}`, import.meta.url))

/** What `purpose` needs beyond Node: the mock's service worker to serve the app, a browser to test it. */
export function checkMachine(purpose) {
  if (purpose === 'dev' || purpose === 'test' || purpose === 'e2e') {
    const worker = ensureMockWorker({
      workerFile: fromRoot('public/mockServiceWorker.js'),
      packagedWorkerFile: fromRoot('node_modules/msw/lib/mockServiceWorker.js'),
      exists: existsSync,
      copy: copyFileSync,
    })
    if (worker.problem) return worker.problem
    if (worker.restored)
      console.log('public/mockServiceWorker.js was missing: restored it from msw (as `npx msw init public` does).')
  }
  if (purpose === 'test' || purpose === 'e2e') return browserOnThisMachine().problem
  return null
}
