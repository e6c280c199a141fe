import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/http'
import { writeInBatches } from './write-in-batches'

describe('writeInBatches', () => {
  it('writes every id, batch by batch, and accounts for each one as written or failed with its reason', async () => {
    const inFlight: number[] = []
    let most = 0
    const progress: number[] = []
    const batches: number[][] = []
    const outcome = await writeInBatches(
      Array.from({ length: 25 }, (_, index) => index + 1),
      async (id) => {
        inFlight.push(id)
        most = Math.max(most, inFlight.length)
        await Promise.resolve()
        inFlight.splice(inFlight.indexOf(id), 1)
        if (id % 7 === 0) throw new ApiError(500, { type: 'server_error', code: 'error', detail: 'Server exploded.' }, 'PATCH')
      },
      { batchSize: 10, onProgress: ({ done }) => progress.push(done), onBatch: (ids) => batches.push(ids) },
    )
    expect(most).toBeLessThanOrEqual(10)
    expect(progress).toEqual([0, 10, 20, 25])
    expect(outcome.failed).toEqual([7, 14, 21].map((id) => ({ id, message: 'Server exploded.' })))
    expect(outcome.succeeded).toHaveLength(22)
    expect(batches.flat()).toEqual(outcome.succeeded)
  })

  it('reports the batches a stop kept from being sent as failed, never as done', async () => {
    const controller = new AbortController()
    const sent: number[] = []
    const outcome = await writeInBatches(
      [1, 2, 3, 4],
      async (id) => {
        sent.push(id)
        controller.abort()
        await Promise.resolve()
      },
      { batchSize: 2, signal: controller.signal },
    )
    expect(sent).toEqual([1, 2])
    expect(outcome.succeeded).toEqual([1, 2])
    expect(outcome.failed.map((failure) => failure.id)).toEqual([3, 4])
  })
})
