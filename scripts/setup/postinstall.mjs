/*
 * `npm install`'s last step: make sure the end-to-end tests will have a browser. Never fails the install: a machine
 * that cannot download (a blocked network, an old Node) still gets a working dev server, and `npm test` says what is
 * missing. Old-Node syntax up to the dynamic import, like check.mjs.
 */
import { readFileSync } from 'fs'
import { nodeVersionProblem } from './node-version.mjs'

var packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'))
var nodeProblem = nodeVersionProblem(process.version, packageJson.engines.node)
if (nodeProblem) {
  console.warn(nodeProblem)
} else {
  import('./browser-install.mjs')
    .then(function (install) {
      return install.provideBrowser()
    })
    .catch(function (error) {
      console.warn('Could not check for a browser for the end-to-end tests (' + error.message + '); `npm test` will say more.')
    })
}
