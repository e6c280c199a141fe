import { describe, expect, it } from 'vitest'
import { findDuplicateSets } from './duplicate-sets'

const trends = (event: string, dateFrom = '-7d') => ({
  kind: 'InsightVizNode',
  source: { kind: 'TrendsQuery', series: [{ kind: 'EventsNode', event }], dateRange: { date_from: dateFrom } },
})

describe('findDuplicateSets', () => {
  it('groups equivalent queries and leaves unique ones and missing queries out', async () => {
    const sets = await findDuplicateSets([
      { id: 1, query: trends('signup', '-14d') },
      { id: 2, query: trends('play') },
      { id: 3, query: trends('signup', '-2w') },
      { id: 4, query: null },
      { id: 5, query: null },
      { id: 6, query: trends('signup', '-14d') },
    ])
    expect(sets.map((set) => set.map((item) => item.id))).toEqual([[1, 3, 6]])
  })

  it('yields between slices and stops when aborted', async () => {
    const items = Array.from({ length: 3000 }, (_, id) => ({ id, query: trends(`event ${id % 100}`) }))
    const progress: number[] = []
    const sets = await findDuplicateSets(items, { sliceMs: 1, onProgress: (done) => progress.push(done) })
    expect(sets).toHaveLength(100)
    expect(progress.length).toBeGreaterThan(1)
    expect(progress.at(-1)).toBe(3000)

    const controller = new AbortController()
    controller.abort()
    await expect(findDuplicateSets(items, { sliceMs: 0, signal: controller.signal })).rejects.toThrow()
  })
})
