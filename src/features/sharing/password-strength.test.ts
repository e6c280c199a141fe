import { describe, expect, it } from 'vitest'
import { passwordStrength } from './password-strength'

describe('passwordStrength', () => {
  it('says how many characters are missing below the minimum', () => {
    expect(passwordStrength('').strength).toBe('too-short')
    expect(passwordStrength('').message).toContain('8 more characters')
    expect(passwordStrength('abcdefg').message).toContain('1 more character ')
  })

  it('calls well-known and repetitive passwords weak, however long', () => {
    expect(passwordStrength('password').strength).toBe('weak')
    expect(passwordStrength('aaaaaaaaaaaaaaaaaaaa').strength).toBe('weak')
  })

  it('rates length and variety', () => {
    expect(passwordStrength('kettlebell').strength).toBe('weak')
    expect(passwordStrength('Kettlebell42').strength).toBe('fair')
    expect(passwordStrength('Kettlebell-42-Harbour').strength).toBe('strong')
  })
})
