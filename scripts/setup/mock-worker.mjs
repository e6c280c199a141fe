/*
 * The in-browser mock needs public/mockServiceWorker.js. It is committed, but a clone that lost it (or a clean of
 * public/) would give a blank app with a service-worker error in the console. msw ships the same file; copying it is
 * exactly what `npx msw init public` does (npm 11 does not run msw's own postinstall that would).
 */

/** Restores the worker from msw's package when it is missing; says what happened, or what to do when it cannot. */
export function ensureMockWorker({ workerFile, packagedWorkerFile, exists, copy }) {
  if (exists(workerFile)) return { restored: false, problem: null }
  if (!exists(packagedWorkerFile))
    return {
      restored: false,
      problem: `${workerFile} is missing and msw is not installed to restore it from. Fix: npm install`,
    }
  copy(packagedWorkerFile, workerFile)
  return { restored: true, problem: null }
}
