import { describe, expect, it } from 'vitest'
import { diffText } from './text-diff'

describe('diffText', () => {
  it('marks the words that changed and keeps the rest', () => {
    expect(diffText('Weekly signups by country', 'Daily signups by country')).toEqual([
      { kind: 'removed', text: 'Weekly' },
      { kind: 'added', text: 'Daily' },
      { kind: 'same', text: ' signups by country' },
    ])
  })

  it('handles texts appearing or disappearing', () => {
    expect(diffText('', 'New')).toEqual([{ kind: 'added', text: 'New' }])
    expect(diffText('Old', '')).toEqual([{ kind: 'removed', text: 'Old' }])
    expect(diffText('', '')).toEqual([])
    expect(diffText('Same', 'Same')).toEqual([{ kind: 'same', text: 'Same' }])
  })

  it('falls back to whole replacement for very long texts', () => {
    const before = Array.from({ length: 600 }, (_, index) => `a${index}`).join(' ')
    const after = Array.from({ length: 600 }, (_, index) => `b${index}`).join(' ')
    expect(diffText(before, after)).toEqual([
      { kind: 'removed', text: before },
      { kind: 'added', text: after },
    ])
  })

  it('puts every character of both texts in the result', () => {
    const segments = diffText('one two  three', 'one three four')
    const side = (kind: 'removed' | 'added') =>
      segments
        .filter((segment) => segment.kind === 'same' || segment.kind === kind)
        .map((segment) => segment.text)
        .join('')
    expect(side('removed')).toBe('one two  three')
    expect(side('added')).toBe('one three four')
  })
})
