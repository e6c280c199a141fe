import { afterEach, describe, expect, it, vi } from 'vitest'
import { captureEarlyKeys, type EarlyKeys } from './early-keys'

/** What `handOver` passes on, or null when it passes nothing. */
const taken = (early: EarlyKeys): string | null => {
  let text: string | null = null
  early.handOver((typed) => (text = typed))
  return text
}

const press = (key: string, init: KeyboardEventInit = {}) => {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init })
  document.body.dispatchEvent(event)
  return event
}

describe('captureEarlyKeys', () => {
  afterEach(() => vi.useRealTimers())

  it('holds printable keys and Backspace, so nothing else sees them, and hands the text over once', () => {
    const seen = vi.fn()
    window.addEventListener('keydown', seen)
    const early = captureEarlyKeys()
    for (const key of ['g', 'r', 'x', 'Backspace', 'o', 'W', ' ', '😀']) expect(press(key).defaultPrevented).toBe(true)
    expect(seen).not.toHaveBeenCalled()
    expect(taken(early)).toBe('groW 😀')

    // Once handed over, keys go where they normally would, and the text is not handed over twice.
    expect(press('t').defaultPrevented).toBe(false)
    expect(seen).toHaveBeenCalledTimes(1)
    expect(taken(early)).toBeNull()
    window.removeEventListener('keydown', seen)
  })

  it('leaves shortcuts with a modifier, and keys like Enter, Escape and the arrows, alone', () => {
    const early = captureEarlyKeys()
    expect(press('k', { ctrlKey: true }).defaultPrevented).toBe(false)
    expect(press('c', { metaKey: true }).defaultPrevented).toBe(false)
    for (const key of ['Enter', 'Escape', 'ArrowDown', 'Tab']) expect(press(key).defaultPrevented).toBe(false)
    expect(taken(early)).toBeNull()
  })

  it('gives up after a while when no editor takes the text', () => {
    vi.useFakeTimers()
    const early = captureEarlyKeys()
    press('a')
    vi.advanceTimersByTime(5_000)
    expect(press('b').defaultPrevented).toBe(false)
    // Too late: the keys went elsewhere meanwhile, so the early ones would now arrive out of order.
    expect(taken(early)).toBeNull()
  })
})
