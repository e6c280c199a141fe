import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/http'
import { shouldRetry } from './query-client'

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
