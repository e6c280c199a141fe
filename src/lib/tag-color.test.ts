import { describe, expect, it } from 'vitest'
import { tagColorClasses } from './tag-color'

describe('tagColorClasses', () => {
  it('gives the same tag the same colour, whatever its case or padding', () => {
    expect(tagColorClasses('Growth')).toBe(tagColorClasses(' growth '))
  })

  it('spreads different tags over several colours', () => {
    const names = ['growth', 'q4', 'marketing', 'retention', 'web', 'mobile', 'billing', 'onboarding', 'ads', 'seo']
    expect(new Set(names.map(tagColorClasses)).size).toBeGreaterThanOrEqual(5)
  })

  it('always pairs a light and a dark theme colour', () => {
    for (const name of ['a', 'b', 'c', 'd', 'e', 'f', 'g'])
      expect(tagColorClasses(name)).toMatch(/^bg-\S+ text-\S+ dark:bg-\S+ dark:text-\S+$/)
  })
})
