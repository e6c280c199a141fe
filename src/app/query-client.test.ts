import { QueryObserver } from '@tanstack/react-query'
import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/http'
import { backoffDelay, createQueryClient, shouldRetry, shouldRetryWrite } from './query-client'

const error = (status: number) => new ApiError(status, { type: 'x', detail: 'x' })

describe('shouldRetry', () => {
  it('retries server failures, timeouts, rate limits and lost connections', () => {
    for (const status of [0, 408, 429, 500, 502, 503]) expect(shouldRetry(0, error(status))).toBe(true)
  })

  it('never retries answers that would be the same again', () => {
    for (const status of [400, 401, 403, 404, 405]) expect(shouldRetry(0, error(status))).toBe(false)
    expect(shouldRetry(0, new Error('parse'))).toBe(false)
  })

  it('gives up after three retries', () => {
    expect(shouldRetry(2, error(500))).toBe(true)
    expect(shouldRetry(3, error(500))).toBe(false)
  })
})

describe('shouldRetryWrite', () => {
  const failed = (status: number, method: string | null) => new ApiError(status, { type: 'x', detail: 'x' }, method)

  it('repeats a PATCH, PUT or DELETE that failed on the way, since sending it twice lands on the same state', () => {
    for (const method of ['PATCH', 'PUT', 'DELETE'])
      for (const status of [0, 500, 503]) expect(shouldRetryWrite(0, failed(status, method))).toBe(true)
  })

  it('never repeats a POST, which could create twice, nor an answer that would be the same again', () => {
    expect(shouldRetryWrite(0, failed(500, 'POST'))).toBe(false)
    expect(shouldRetryWrite(0, failed(0, 'POST'))).toBe(false)
    expect(shouldRetryWrite(0, failed(400, 'PATCH'))).toBe(false)
    expect(shouldRetryWrite(0, failed(500, null))).toBe(false)
  })

  it('gives up after two retries', () => {
    expect(shouldRetryWrite(1, failed(500, 'PATCH'))).toBe(true)
    expect(shouldRetryWrite(2, failed(500, 'PATCH'))).toBe(false)
  })
})

describe('backoffDelay', () => {
  it('doubles from half a second up to eight, each wait jittered to between half and all of it', () => {
    expect([0, 1, 2, 3, 4, 5].map((attempt) => backoffDelay(attempt, () => 0.999999))).toEqual([
      500, 1000, 2000, 4000, 8000, 8000,
    ])
    expect([0, 1, 2, 3, 4, 5].map((attempt) => backoffDelay(attempt, () => 0))).toEqual([250, 500, 1000, 2000, 4000, 4000])
  })
})

describe('a loader awaiting a query that a component stops watching mid-fetch', () => {
  it('gets the data from a second fetch instead of a CancelledError', async () => {
    const client = createQueryClient()
    let calls = 0
    const options = {
      queryKey: ['project', 1],
      queryFn: ({ signal }: { signal: AbortSignal }) => {
        calls++
        return new Promise<string>((resolve, reject) => {
          const timer = setTimeout(() => resolve('Hogflix'), 20)
          signal.addEventListener('abort', () => {
            clearTimeout(timer)
            reject(new Error('aborted'))
          })
        })
      },
    }
    const loaded = client.ensureQueryData(options)
    // A component watches the query, then unmounts while it is in flight, as StrictMode's double mount does.
    const unsubscribe = new QueryObserver(client, options).subscribe(() => undefined)
    unsubscribe()
    await expect(loaded).resolves.toBe('Hogflix')
    expect(calls).toBe(2)
  })
})
