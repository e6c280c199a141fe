import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

/*
 * A lint rule in test form (eslint-plugin-react's jsx-no-target-blank is not installed): every link that opens a new
 * tab or leaves for another site must not hand the opened page `window.opener` or our address as the Referer.
 */

const root = join(__dirname, '..')

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : []
  })
}

/** Opening tags of anchors and router links, across lines; `{…}` expressions are skipped so a `>` in them is no end. */
function openingTags(source: string): string[] {
  const tags: string[] = []
  for (const start of source.matchAll(/<(a|Link)\b/g)) {
    let depth = 0
    let index = start.index + start[0].length
    for (; index < source.length; index += 1) {
      const character = source[index]
      if (character === '{') depth += 1
      else if (character === '}') depth -= 1
      else if (character === '>' && depth === 0) break
    }
    tags.push(source.slice(start.index, index + 1))
  }
  return tags
}

const leavesThePage = (tag: string) => /target=["{]['"]?_blank/.test(tag) || /href=["{]['"`]?https?:/.test(tag)
const isSafe = (tag: string) => /rel=["{]['"`]?[^"'`]*\bnoopener\b/.test(tag) && /\bnoreferrer\b/.test(tag)

describe('external links', () => {
  it('open with rel="noopener noreferrer" everywhere in src', () => {
    const unsafe = sourceFiles(root).flatMap((file) =>
      openingTags(readFileSync(file, 'utf8'))
        .filter((tag) => leavesThePage(tag) && !isSafe(tag))
        .map((tag) => `${relative(root, file)}: ${tag.replace(/\s+/g, ' ')}`),
    )
    expect(unsafe).toEqual([])
  })

  it('never call window.open without noopener', () => {
    const calls = sourceFiles(root).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/window\.open\(([^)]*)\)/g)]
        .filter((call) => !/noopener/.test(call[1] ?? ''))
        .map((call) => `${relative(root, file)}: ${call[0]}`),
    )
    expect(calls).toEqual([])
  })

  it('catches the mistakes it is meant to catch', () => {
    const unsafe = openingTags(
      '<a href="https://posthog.com" target="_blank">x</a> <a href={url} target="_blank" rel="noopener">y</a>',
    )
    expect(unsafe.filter((tag) => leavesThePage(tag) && !isSafe(tag))).toHaveLength(2)
    const safe = openingTags(
      '<a href={link} target="_blank" rel="noopener noreferrer" onClick={() => a > b}>z</a> <a href="/settings">s</a>',
    )
    expect(safe.filter((tag) => leavesThePage(tag) && !isSafe(tag))).toEqual([])
  })
})
