import { MutationObserver, QueryObserver } from '@tanstack/react-query'
import { describe, expect, it, vi } from 'vitest'
import { ApiError } from '@/api/http'
import { backoffDelay, confirmLeavingWithPendingWrites, createQueryClient, shouldRetry, shouldRetryWrite } from './query-client'

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

describe('confirmLeavingWithPendingWrites', () => {
  it('asks before leaving only while a write has no answer yet, not while its follow-up refetch runs', async () => {
    const client = createQueryClient()
    const target = new EventTarget()
    confirmLeavingWithPendingWrites(client, target)
    const leave = () => {
      const event = new Event('beforeunload', { cancelable: true })
      target.dispatchEvent(event)
      return event.defaultPrevented
    }
    expect(leave()).toBe(false)
    let reply: (value: string) => void = () => undefined
    const answer = new Promise<string>((resolve) => (reply = resolve))
    let refetched: () => void = () => undefined
    const refetch = new Promise<void>((resolve) => (refetched = resolve))
    let answered = false
    const save = new MutationObserver(client, {
      mutationFn: () => answer,
      onSettled: () => {
        answered = true
        return refetch
      },
    }).mutate()
    expect(leave()).toBe(true)
    reply('saved')
    await vi.waitFor(() => expect(answered).toBe(true))
    expect(leave()).toBe(false)
    refetched()
    await save
    expect(leave()).toBe(false)
  })

  it('does not ask for a request that saves nothing the user changed (a view, a recompute)', () => {
    const client = createQueryClient()
    const target = new EventTarget()
    confirmLeavingWithPendingWrites(client, target)
    void new MutationObserver(client, { mutationFn: () => new Promise(() => undefined), meta: { savesChanges: false } }).mutate()
    const event = new Event('beforeunload', { cancelable: true })
    target.dispatchEvent(event)
    expect(event.defaultPrevented).toBe(false)
  })
})
