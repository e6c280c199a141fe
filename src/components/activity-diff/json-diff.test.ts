import { describe, expect, it } from 'vitest'
import { diffJson, diffList } from './json-diff'

describe('diffJson', () => {
  it('lists changed leaves with their paths', () => {
    const before = { kind: 'InsightVizNode', source: { interval: 'day', series: [{ event: '$pageview' }] } }
    const after = { kind: 'InsightVizNode', source: { interval: 'week', series: [{ event: '$pageview' }, { event: 'signup' }] } }
    expect(diffJson(before, after)).toEqual([
      { path: 'source.interval', kind: 'changed', before: 'day', after: 'week' },
      { path: 'source.series[1]', kind: 'added', after: { event: 'signup' } },
    ])
  })

  it('notes removed keys and quotes keys that are not identifiers', () => {
    expect(diffJson({ 'a-b': 1, c: 2 }, { c: 2 })).toEqual([{ path: '["a-b"]', kind: 'removed', before: 1 }])
  })

  it('treats null as absent and equal values as no change', () => {
    expect(diffJson(null, { a: 1 })).toEqual([{ path: '', kind: 'added', after: { a: 1 } }])
    expect(diffJson({ a: [1] }, { a: [1] })).toEqual([])
  })
})

describe('diffList', () => {
  it('gives added and removed members', () => {
    expect(diffList(['a', 'b'], ['b', 'c'])).toEqual({ added: ['c'], removed: ['a'] })
    expect(diffList(null, [1])).toEqual({ added: ['1'], removed: [] })
  })
})
