// @vitest-environment node
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { ensureMockWorker } from './mock-worker.mjs'

const folders: string[] = []
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })))

/** A clone in a temporary folder: msw installed, public/ with or without the worker. */
function clone({ worker, msw }: { worker: boolean; msw: boolean }) {
  const root = mkdtempSync(join(tmpdir(), 'insight-desk-clone-'))
  folders.push(root)
  mkdirSync(join(root, 'public'))
  mkdirSync(join(root, 'node_modules/msw/lib'), { recursive: true })
  if (msw) writeFileSync(join(root, 'node_modules/msw/lib/mockServiceWorker.js'), '/* msw 2.15.0 worker */')
  if (worker) writeFileSync(join(root, 'public/mockServiceWorker.js'), '/* committed worker */')
  return {
    workerFile: join(root, 'public/mockServiceWorker.js'),
    packagedWorkerFile: join(root, 'node_modules/msw/lib/mockServiceWorker.js'),
    exists: existsSync,
    copy: copyFileSync,
  }
}

describe('the mock service worker check', () => {
  it('leaves a worker that is there alone', () => {
    const files = clone({ worker: true, msw: true })
    expect(ensureMockWorker(files)).toEqual({ restored: false, problem: null })
    expect(readFileSync(files.workerFile, 'utf8')).toBe('/* committed worker */')
  })

  it("restores a missing worker from msw's package", () => {
    const files = clone({ worker: false, msw: true })
    expect(ensureMockWorker(files)).toEqual({ restored: true, problem: null })
    expect(readFileSync(files.workerFile, 'utf8')).toBe('/* msw 2.15.0 worker */')
  })

  it('says what to run when msw is not installed either', () => {
    const files = clone({ worker: false, msw: false })
    expect(ensureMockWorker(files)).toEqual({
      restored: false,
      problem: `${files.workerFile} is missing and msw is not installed to restore it from. Fix: npm install`,
    })
  })

  it('restores from the msw this project installs, which matches the committed worker', () => {
    const committed = readFileSync(join(import.meta.dirname, '../../public/mockServiceWorker.js'), 'utf8')
    expect(readFileSync(join(import.meta.dirname, '../../node_modules/msw/lib/mockServiceWorker.js'), 'utf8')).toBe(committed)
  })
})
