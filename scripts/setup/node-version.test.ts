// @vitest-environment node
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { nodeVersionProblem, satisfiesRange } from './node-version.mjs'

const engines = (
  JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')) as { engines: { node: string } }
).engines.node

// Vitest runs these in jsdom, whose URL the file system does not take: paths are built from the directory instead.

/** Runs a set-up script in a Node that reports `version` as its own (process.version is overridden before it loads). */
function runWithNodeVersion(script: string, version: string) {
  const fake = `Object.defineProperty(process, 'version', { value: '${version}' })`
  return spawnSync(
    process.execPath,
    ['--import', `data:text/javascript,${encodeURIComponent(fake)}`, join(import.meta.dirname, script), 'quick'],
    {
      encoding: 'utf8',
    },
  )
}

describe('the Node version check', () => {
  it('accepts the Nodes Vite 8 runs on and refuses the ones it does not', () => {
    expect(engines).toBe('^20.19.0 || >=22.12.0')
    for (const version of ['v20.19.0', 'v20.20.2', 'v22.12.0', 'v24.11.1']) expect(satisfiesRange(version, engines)).toBe(true)
    for (const version of ['v18.19.1', 'v20.18.3', 'v21.7.3', 'v22.11.0', 'v12.22.9'])
      expect(satisfiesRange(version, engines)).toBe(false)
  })

  it('says which Node is too old, what is needed and how to get it, in one line', () => {
    expect(nodeVersionProblem('v18.19.1', engines)).toBe(
      'Node 18.19.1 is too old for Insight Desk, which needs Node ^20.19.0 || >=22.12.0 (package.json "engines"). Fix: install the current LTS from https://nodejs.org, or run `nvm install --lts`.',
    )
    expect(nodeVersionProblem(process.version, engines)).toBeNull()
  })

  it('stops npm test with that line and no stack trace when run by a faked Node 18', () => {
    const run = runWithNodeVersion('./check.mjs', 'v18.19.1')
    expect(run.status).toBe(1)
    expect(run.stderr.trim()).toBe(nodeVersionProblem('v18.19.1', engines))
    expect(run.stdout).toBe('')
  })

  it('warns during npm install but never fails it', () => {
    const run = runWithNodeVersion('./postinstall.mjs', 'v20.11.0')
    expect(run.status).toBe(0)
    expect(run.stderr.trim()).toBe(nodeVersionProblem('v20.11.0', engines))
  })

  it('rejects range forms it does not understand instead of guessing', () => {
    expect(() => satisfiesRange('v20.0.0', '~20.1.0')).toThrow('unsupported version range: ~20.1.0')
  })
})
