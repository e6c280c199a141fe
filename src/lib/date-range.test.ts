import { describe, expect, it } from 'vitest'
import { describeDateRange, isDateBound, presetFor } from './date-range'

describe('isDateBound', () => {
  it('accepts relative tokens, anchors and real calendar days', () => {
    for (const value of ['-7d', '-2h', '-1m', '-1q', '-1y', '-30M', '-1w', 'mStart', 'yStart', 'dStart', '2025-02-28'])
      expect(isDateBound(value), value).toBe(true)
  })

  it('refuses junk and impossible days', () => {
    for (const value of ['', '7d', '-d', 'yesterday', '2025-02-30', '2025-13-01', '25-01-01', '-7x'])
      expect(isDateBound(value), value).toBe(false)
  })
})

describe('describeDateRange', () => {
  it('names presets, bounded and half-open ranges', () => {
    expect(describeDateRange({ from: '-7d' })).toBe('Last 7 days')
    expect(describeDateRange({ from: '2025-01-01', to: '2025-02-01' })).toBe('2025-01-01 – 2025-02-01')
    expect(describeDateRange({ from: '2025-01-01' })).toBe('from 2025-01-01')
    expect(describeDateRange({ to: '2025-02-01' })).toBe('until 2025-02-01')
    expect(describeDateRange({})).toBeUndefined()
  })

  it('is not a preset once an end date is set', () => {
    expect(presetFor({ from: '-7d', to: '2025-01-01' })).toBeUndefined()
  })
})
