import { describe, expect, it } from 'vitest'
import { homeSearchSchema } from './home-search'

describe('homeSearchSchema', () => {
  it('keeps each window the Trending card offers', () => {
    for (const days of [7, 14, 30]) expect(homeSearchSchema.parse({ days })).toEqual({ days })
  })

  it('falls back to 7 days when the window is missing or anything else', () => {
    for (const days of [undefined, 0, 8, -7, 'week', '30', null, 7.5])
      expect(homeSearchSchema.parse({ days })).toEqual({ days: 7 })
    expect(homeSearchSchema.parse({})).toEqual({ days: 7 })
  })
})
