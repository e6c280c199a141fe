import { describe, expect, it } from 'vitest'
import { highlightSegments } from './highlight-match'

describe('highlightSegments', () => {
  it('marks every case-insensitive occurrence and keeps the original casing', () => {
    expect(highlightSegments('Signups by Signup source', 'signup')).toEqual([
      { text: 'Signup', match: true },
      { text: 's by ', match: false },
      { text: 'Signup', match: true },
      { text: ' source', match: false },
    ])
  })

  it('returns the text unmarked without a term, and nothing for empty text', () => {
    expect(highlightSegments('Revenue', '  ')).toEqual([{ text: 'Revenue', match: false }])
    expect(highlightSegments('Revenue', undefined)).toEqual([{ text: 'Revenue', match: false }])
    expect(highlightSegments('', 'x')).toEqual([])
  })

  it('treats markup-like terms as plain text', () => {
    expect(highlightSegments('a <b> c', '<b>')).toEqual([
      { text: 'a ', match: false },
      { text: '<b>', match: true },
      { text: ' c', match: false },
    ])
  })
})
