import { describe, expect, it } from 'vitest'
import { breachOf, definedBounds, evaluateThreshold, percentageChange, thresholdBreaches } from './threshold-breaches'

describe('percentageChange', () => {
  it('is the change as a fraction of the previous value', () => {
    expect(percentageChange(200, 250)).toBe(0.25)
    expect(percentageChange(200, 150)).toBe(-0.25)
  })

  it('treats 0 → 0 as no change and 0 → anything else as infinite, like PostHog', () => {
    expect(percentageChange(0, 0)).toBe(0)
    expect(percentageChange(0, 5)).toBe(Infinity)
    expect(percentageChange(0, -5)).toBe(-Infinity)
  })
})

describe('breachOf', () => {
  it('breaks a bound only when strictly past it', () => {
    expect(breachOf(120, { lower: 120, upper: 400 })).toBeNull()
    expect(breachOf(400, { lower: 120, upper: 400 })).toBeNull()
    expect(breachOf(119, { lower: 120, upper: 400 })).toEqual({ side: 'lower', bound: 120, excess: 1 })
    expect(breachOf(450, { lower: 120, upper: 400 })).toEqual({ side: 'upper', bound: 400, excess: 50 })
  })

  it('ignores a missing side', () => {
    expect(breachOf(-1_000, { upper: 10 })).toBeNull()
    expect(breachOf(1_000, { lower: 10, upper: null })).toBeNull()
    expect(breachOf(5, { lower: 10, upper: undefined })).toEqual({ side: 'lower', bound: 10, excess: 5 })
  })

  it('never breaches without bounds', () => {
    expect(breachOf(1e9, {})).toBeNull()
    expect(breachOf(-1e9, null)).toBeNull()
    expect(breachOf(0, undefined)).toBeNull()
  })

  it('checks the lower bound first when the bounds are inverted', () => {
    expect(breachOf(5, { lower: 10, upper: 0 })?.side).toBe('lower')
  })
})

describe('definedBounds', () => {
  it('turns missing sides into null', () => {
    expect(definedBounds(null)).toEqual({ lower: null, upper: null })
    expect(definedBounds({ lower: 0 })).toEqual({ lower: 0, upper: null })
  })
})

describe('evaluateThreshold', () => {
  it('compares every value of an absolute threshold with the bounds', () => {
    const points = evaluateThreshold('absolute', { lower: 100, upper: 300 }, [50, 100, 200, 301])
    expect(points.map((point) => point.compared)).toEqual([50, 100, 200, 301])
    expect(points.map((point) => point.breach?.side ?? null)).toEqual(['lower', null, null, 'upper'])
    expect(points[0]?.breach?.excess).toBe(50)
    expect(points[3]?.breach?.excess).toBe(1)
  })

  it('compares the change from the previous point for a percentage threshold; the first point has none', () => {
    const points = evaluateThreshold('percentage', { lower: -0.25, upper: 0.5 }, [100, 160, 100, 90])
    expect(points.map((point) => point.compared)).toEqual([null, 0.6, -0.375, -0.1])
    expect(points.map((point) => point.breach?.side ?? null)).toEqual([null, 'upper', 'lower', null])
    expect(points[1]?.breach?.excess).toBeCloseTo(0.1)
    expect(points[2]?.breach?.excess).toBeCloseTo(0.125)
  })

  it('breaches the upper bound infinitely when a percentage series rises from 0, and stays calm at 0 → 0', () => {
    const points = evaluateThreshold('percentage', { lower: -0.1, upper: 0.1 }, [0, 0, 7, 0])
    expect(points.map((point) => point.compared)).toEqual([null, 0, Infinity, -1])
    expect(points[1]?.breach).toBeNull()
    expect(points[2]?.breach).toEqual({ side: 'upper', bound: 0.1, excess: Infinity })
    expect(points[3]?.breach?.side).toBe('lower')
  })

  it('does not breach a missing bound of a one-sided percentage threshold', () => {
    expect(thresholdBreaches('percentage', { upper: 0.2 }, [100, 10, 11])).toEqual([])
    expect(thresholdBreaches('percentage', { lower: -0.2 }, [0, 100, 1_000])).toEqual([])
  })

  it('handles empty and single-point series', () => {
    expect(evaluateThreshold('absolute', { lower: 1 }, [])).toEqual([])
    expect(evaluateThreshold('percentage', { lower: -0.1 }, [5])).toEqual([{ index: 0, value: 5, compared: null, breach: null }])
  })
})

describe('thresholdBreaches', () => {
  it('keeps only the breaching points, in order', () => {
    const breaches = thresholdBreaches('absolute', { upper: 10 }, [5, 11, 9, 12])
    expect(breaches.map((point) => [point.index, point.breach.excess])).toEqual([
      [1, 1],
      [3, 2],
    ])
  })
})
