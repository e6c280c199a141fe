/*
 * `npm run test:e2e [-- playwright args]`: builds, then runs Playwright against `vite preview` on a free port. Port 4173
 * is Vite's default and often held by another project's preview, which Playwright would otherwise reuse and test (or
 * refuse to start on); the next free port is taken instead, and said. E2E_PORT, when set, is used as given.
 */
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { findFreePort } from './ports.mjs'

const DEFAULT_PORT = 4173
const require = createRequire(import.meta.url)
const binOf = (name, bin) => join(dirname(require.resolve(`${name}/package.json`)), bin)

function run(script, args, env) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: 'inherit', env })
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })
}

let port = Number(process.env.E2E_PORT)
if (!process.env.E2E_PORT) {
  port = await findFreePort(DEFAULT_PORT)
  if (port === null) {
    console.error(`Ports ${DEFAULT_PORT}–${DEFAULT_PORT + 19} are all in use. Fix: free one, or set E2E_PORT to a free port.`)
    process.exit(1)
  }
  if (port !== DEFAULT_PORT) console.log(`Port ${DEFAULT_PORT} is in use: the end-to-end preview runs on port ${port}.`)
}

const env = { ...process.env, E2E_PORT: String(port) }
const outDir = process.env.E2E_DIST ?? 'dist'
const built = await run(binOf('vite', 'bin/vite.js'), ['build', '--outDir', outDir], env)
if (built !== 0) process.exit(built)
process.exit(await run(binOf('@playwright/test', 'cli.js'), ['test', ...process.argv.slice(2)], env))
