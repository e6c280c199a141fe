import { describe, expect, it } from 'vitest'
import { describeThresholdRule, formatBound, formatChange, thresholdTypeLabel } from './threshold-wording'

describe('describeThresholdRule', () => {
  it('reads absolute bounds on one or both sides', () => {
    expect(describeThresholdRule({ type: 'absolute', bounds: { lower: 120, upper: 400 } })).toBe(
      'Alert when below 120 or above 400',
    )
    expect(describeThresholdRule({ type: 'absolute', bounds: { lower: 5000 } })).toBe('Alert when below 5,000')
    expect(describeThresholdRule({ type: 'absolute', bounds: { lower: null, upper: 12.5 } })).toBe('Alert when above 12.5')
  })

  it('reads symmetric percentage bounds as ±', () => {
    expect(describeThresholdRule({ type: 'percentage', bounds: { lower: -0.15, upper: 0.15 } })).toBe(
      'Alert when it changes by more than ±15%',
    )
  })

  it('reads asymmetric and one-sided percentage bounds as drops and rises', () => {
    expect(describeThresholdRule({ type: 'percentage', bounds: { lower: -0.25, upper: 0.5 } })).toBe(
      'Alert when it drops by more than 25% or rises by more than 50%',
    )
    expect(describeThresholdRule({ type: 'percentage', bounds: { lower: -0.1 } })).toBe('Alert when it drops by more than 10%')
    expect(describeThresholdRule({ type: 'percentage', bounds: { upper: 1 } })).toBe('Alert when it rises by more than 100%')
  })

  it('reads unusual percentage bounds without nonsense', () => {
    expect(describeThresholdRule({ type: 'percentage', bounds: { lower: 0.05 } })).toBe('Alert when it rises by less than 5%')
    expect(describeThresholdRule({ type: 'percentage', bounds: { upper: -0.05 } })).toBe('Alert when it drops by less than 5%')
    expect(describeThresholdRule({ type: 'percentage', bounds: { lower: 0, upper: 0 } })).toBe(
      'Alert when it drops at all or rises at all',
    )
  })

  it('says when no bound is set', () => {
    expect(describeThresholdRule({ type: 'absolute', bounds: null })).toBe('No bounds set, so it never alerts')
    expect(describeThresholdRule({ type: 'percentage', bounds: {} })).toBe('No bounds set, so it never alerts')
  })
})

describe('formatting', () => {
  it('formats bounds by type', () => {
    expect(formatBound('absolute', 1000)).toBe('1,000')
    expect(formatBound('percentage', -0.25)).toBe('-25%')
    expect(formatBound('percentage', 0.5)).toBe('+50%')
    expect(thresholdTypeLabel('percentage')).toBe('Percentage change')
  })

  it('formats changes, including changes from 0', () => {
    expect(formatChange(0.1534)).toBe('+15.3%')
    expect(formatChange(0)).toBe('0%')
    expect(formatChange(Infinity)).toBe('up from 0')
    expect(formatChange(-Infinity)).toBe('down from 0')
  })
})
