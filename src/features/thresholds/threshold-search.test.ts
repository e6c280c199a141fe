import { describe, expect, it } from 'vitest'
import { thresholdDetailSearchSchema, thresholdListSearchSchema } from './threshold-search'

describe('threshold search params', () => {
  it('keeps valid paging', () => {
    expect(thresholdListSearchSchema.parse({ limit: 25, offset: 50 })).toEqual({ limit: 25, offset: 50 })
  })

  it('fills in defaults and falls back on junk, field by field', () => {
    expect(thresholdListSearchSchema.parse({})).toEqual({ limit: 10, offset: 0 })
    expect(thresholdListSearchSchema.parse({ limit: 'abc', offset: -4 })).toEqual({ limit: 10, offset: 0 })
    expect(thresholdListSearchSchema.parse({ limit: 5000, offset: 1.5 })).toEqual({ limit: 10, offset: 0 })
    expect(thresholdListSearchSchema.parse({ limit: 0, offset: 3 })).toEqual({ limit: 10, offset: 3 })
  })

  it('reads the series index, defaulting to the first series', () => {
    expect(thresholdDetailSearchSchema.parse({ series: 2 })).toEqual({ series: 2 })
    expect(thresholdDetailSearchSchema.parse({ series: 'x' })).toEqual({ series: 0 })
    expect(thresholdDetailSearchSchema.parse({})).toEqual({ series: 0 })
  })
})
