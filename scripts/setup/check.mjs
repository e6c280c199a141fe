/*
 * `node scripts/setup/check.mjs <dev|quick|test|e2e>`: stops a command before it starts when this machine cannot run
 * it, with one line saying what is missing and the command that fixes it (no stack trace). The Node version is checked
 * first, in syntax old Nodes parse; everything else is imported only once Node is known to be new enough.
 */
import { readFileSync } from 'fs'
import { nodeVersionProblem } from './node-version.mjs'

var purpose = process.argv[2] || 'test'
var packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'))
var nodeProblem = nodeVersionProblem(process.version, packageJson.engines.node)
if (nodeProblem) {
  console.error(nodeProblem)
  process.exit(1)
}

import('./machine-checks.mjs').then(function (checks) {
  var problem = checks.checkMachine(purpose)
  if (problem) {
    console.error(problem)
    process.exit(1)
  }
})
