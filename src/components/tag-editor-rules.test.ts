import { describe, expect, it } from 'vitest'
import { matchingSuggestions, newTagName } from './tag-editor-rules'

const tags = [
  { name: 'regrowth', count: 9 },
  { name: 'growth-team', count: 2 },
  { name: 'growth', count: 3 },
  { name: 'grocery', count: 3 },
  { name: 'marketing', count: 12 },
]

describe('matchingSuggestions', () => {
  it('puts the exact name first, then names starting with the text, then names containing it, each most used first', () => {
    expect(matchingSuggestions(tags, [], 'gro', 10).map((tag) => tag.name)).toEqual([
      'grocery',
      'growth',
      'growth-team',
      'regrowth',
    ])
    expect(matchingSuggestions(tags, [], 'Growth ', 10).map((tag) => tag.name)).toEqual(['growth', 'growth-team', 'regrowth'])
  })

  it('leaves out chosen tags, sorts names without a count yet by name, and stops at the limit', () => {
    const names = [{ name: 'growth-team' }, { name: 'growth' }, { name: 'regrowth' }]
    expect(matchingSuggestions(names, ['growth'], 'gro', 10).map((tag) => tag.name)).toEqual(['growth-team', 'regrowth'])
    expect(matchingSuggestions(tags, [], 'r', 2)).toHaveLength(2)
  })
})

describe('newTagName', () => {
  it('is the stored form of what is typed, unless that tag exists, is chosen or cannot be stored', () => {
    expect(newTagName(' Gro ', tags, [])).toBe('gro')
    expect(newTagName('GROWTH', tags, [])).toBeNull()
    expect(newTagName('q4', tags, ['Q4'])).toBeNull()
    expect(newTagName('   ', tags, [])).toBeNull()
    expect(newTagName('x'.repeat(256), tags, [])).toBeNull()
  })
})
