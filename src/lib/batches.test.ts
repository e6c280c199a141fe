import { describe, expect, it } from 'vitest'
import { chunk, runInBatches } from './batches'

describe('chunk', () => {
  it('cuts items into consecutive pieces of at most the size', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]])
    expect(chunk([1, 2, 3, 4], 2)).toEqual([
      [1, 2],
      [3, 4],
    ])
    expect(chunk([], 100)).toEqual([])
  })

  it('refuses a size that would loop forever', () => {
    expect(() => chunk([1], 0)).toThrow(RangeError)
    expect(() => chunk([1], 1.5)).toThrow(RangeError)
  })
})

describe('runInBatches', () => {
  it('sends one batch at a time, in order, reporting progress after each', async () => {
    const sent: number[][] = []
    let inFlight = 0
    const progress: string[] = []
    const run = await runInBatches(
      Array.from({ length: 250 }, (_, i) => i),
      100,
      async (batch) => {
        inFlight++
        expect(inFlight).toBe(1)
        await Promise.resolve()
        sent.push(batch)
        inFlight--
        return batch.length
      },
      ({ done, total }) => progress.push(`${done}/${total}`),
    )
    expect(sent.map((batch) => batch.length)).toEqual([100, 100, 50])
    expect(sent[1]?.[0]).toBe(100)
    expect(run.answers).toEqual([100, 100, 50])
    expect(run.failed).toEqual([])
    expect(progress).toEqual(['0/250', '100/250', '200/250', '250/250'])
  })

  it('goes on after a failed batch and names the items it held', async () => {
    const error = new Error('boom')
    const run = await runInBatches([1, 2, 3, 4, 5], 2, (batch) =>
      batch.includes(3) ? Promise.reject(error) : Promise.resolve(batch),
    )
    expect(run.answers).toEqual([[1, 2], [5]])
    expect(run.failed).toEqual([{ items: [3, 4], error }])
  })
})
