import { act, renderHook } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useDelayedFlag } from './use-delayed-flag'

describe('useDelayedFlag', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('turns on only after the flag has stayed on for the delay, and off at once', () => {
    const { result, rerender } = renderHook(({ flag }) => useDelayedFlag(flag, 250), { initialProps: { flag: true } })
    expect(result.current).toBe(false)
    act(() => {
      vi.advanceTimersByTime(249)
    })
    expect(result.current).toBe(false)
    act(() => {
      vi.advanceTimersByTime(1)
    })
    expect(result.current).toBe(true)
    rerender({ flag: false })
    expect(result.current).toBe(false)
  })

  it('never turns on for a wait shorter than the delay', () => {
    const { result, rerender } = renderHook(({ flag }) => useDelayedFlag(flag, 250), { initialProps: { flag: true } })
    act(() => {
      vi.advanceTimersByTime(100)
    })
    rerender({ flag: false })
    act(() => {
      vi.advanceTimersByTime(500)
    })
    expect(result.current).toBe(false)
  })
})
