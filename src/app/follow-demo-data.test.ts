import { QueryClient } from '@tanstack/react-query'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { DemoDataEvent } from '@/features/settings/demo-bridge'
import { followDemoData } from './follow-demo-data'

const listeners = vi.hoisted(() => new Set<(event: DemoDataEvent) => void>())
vi.mock('@/features/settings/demo-bridge', () => ({
  onDemoDataEvent: (listener: (event: DemoDataEvent) => void) => {
    listeners.add(listener)
    return () => listeners.delete(listener)
  },
}))

const changedElsewhere = () => listeners.forEach((listener) => listener({ kind: 'changed-elsewhere' }))

describe('followDemoData', () => {
  let client: QueryClient
  let invalidate: ReturnType<typeof vi.spyOn>
  let stop: () => void

  beforeEach(() => {
    vi.useFakeTimers()
    client = new QueryClient()
    invalidate = vi.spyOn(client, 'invalidateQueries').mockResolvedValue()
    stop = followDemoData(client)
  })

  afterEach(() => {
    stop()
    vi.useRealTimers()
  })

  it('fetches once after a burst of another tab’s saves has gone quiet', () => {
    for (let save = 0; save < 5; save++) {
      changedElsewhere()
      vi.advanceTimersByTime(100)
    }
    expect(invalidate).not.toHaveBeenCalled()
    vi.advanceTimersByTime(50)
    expect(invalidate).toHaveBeenCalledTimes(1)
    expect(invalidate).toHaveBeenCalledWith({ refetchType: 'active' })
  })

  it('does not wait longer than a second while the saves go on', () => {
    for (let save = 0; save < 25; save++) {
      changedElsewhere()
      vi.advanceTimersByTime(100)
    }
    // Saves every 100 ms for 2.5 s: a fetch at 1 s and 2 s, not only one at the end…
    expect(invalidate).toHaveBeenCalledTimes(2)
    // …and the last one once they stop.
    vi.advanceTimersByTime(50)
    expect(invalidate).toHaveBeenCalledTimes(3)
  })
})
