/*
 * Whether this Node satisfies package.json's "engines" range. Written in the JavaScript every Node since 12 can parse (no
 * `?.`, no `??`), because its job is to speak clearly on exactly the old Nodes that would choke on the rest of the code.
 * It understands the range forms "engines" uses here: `>=x.y.z`, `^x.y.z`, `x.y.z`, joined by `||`.
 */

function parseVersion(text) {
  var match = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(String(text).trim())
  if (!match) throw new Error('not a version: ' + text)
  return [Number(match[1]), Number(match[2] || 0), Number(match[3] || 0)]
}

function compare(a, b) {
  for (var i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] - b[i]
  return 0
}

function satisfiesComparator(version, comparator) {
  var text = comparator.trim()
  if (text.indexOf('>=') === 0) return compare(version, parseVersion(text.slice(2))) >= 0
  if (text.indexOf('^') === 0) {
    var floor = parseVersion(text.slice(1))
    return version[0] === floor[0] && compare(version, floor) >= 0
  }
  if (/^v?\d/.test(text)) return compare(version, parseVersion(text)) === 0
  throw new Error('unsupported version range: ' + comparator)
}

/** Whether `version` (as in process.version) satisfies `range` (as in package.json "engines"). */
export function satisfiesRange(version, range) {
  var parsed = parseVersion(version)
  return range.split('||').some(function (part) {
    return part
      .trim()
      .split(/\s+/)
      .every(function (comparator) {
        return satisfiesComparator(parsed, comparator)
      })
  })
}

/** One line saying what is wrong and how to fix it, or null when this Node will do. */
export function nodeVersionProblem(version, range) {
  if (satisfiesRange(version, range)) return null
  return (
    'Node ' +
    String(version).replace(/^v/, '') +
    ' is too old for Insight Desk, which needs Node ' +
    range +
    ' (package.json "engines"). Fix: install the current LTS from https://nodejs.org, or run `nvm install --lts`.'
  )
}
