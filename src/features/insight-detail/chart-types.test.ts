import { describe, expect, it } from 'vitest'
import type { Threshold } from '@/api/schemas/threshold'
import { thresholdLines } from './chart-types'

const threshold = (configuration: Threshold['configuration']): Threshold => ({
  id: 't1',
  name: 'Signups',
  created_at: '2026-11-01T00:00:00Z',
  configuration,
})

describe('thresholdLines', () => {
  it('draws both bounds of an absolute threshold', () => {
    expect(thresholdLines([threshold({ type: 'absolute', bounds: { lower: 10, upper: 500 } })])).toEqual([
      { key: 't1-lower', value: 10, label: 'Signups: lower 10' },
      { key: 't1-upper', value: 500, label: 'Signups: upper 500' },
    ])
  })

  it('leaves out percentage thresholds and missing bounds', () => {
    expect(thresholdLines([threshold({ type: 'percentage', bounds: { upper: 0.2 } })])).toEqual([])
    expect(thresholdLines([threshold({ type: 'absolute', bounds: { lower: null } })])).toEqual([])
    expect(thresholdLines([threshold({ type: 'absolute', bounds: null })])).toEqual([])
  })
})
