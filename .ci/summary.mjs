// Sums the Vitest and Playwright JSON reports into the single `N passed, N failed` line CI reads.
import { existsSync, readFileSync } from 'node:fs'

function read(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null
}

let passed = 0
let failed = 0
let skipped = 0

const unit = read('reports/unit-report.json')
if (unit) {
  passed += unit.numPassedTests
  failed += unit.numFailedTests
  skipped += unit.numPendingTests + unit.numTodoTests
}

const e2e = read('reports/e2e-report.json')
if (e2e) {
  passed += e2e.stats.expected + e2e.stats.flaky
  failed += e2e.stats.unexpected
  skipped += e2e.stats.skipped
}

console.log(`unit: ${unit ? 'ran' : 'did not run'}, e2e: ${e2e ? 'ran' : 'did not run'}`)
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`)
