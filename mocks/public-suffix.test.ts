import { describe, expect, it } from 'vitest'
import { getDomain } from './public-suffix'

describe('the public suffix stand-in', () => {
  it('gives the last two labels of a name, and nothing for a bare name or an IP address', () => {
    expect(getDomain('app.insight-desk.example.com')).toBe('example.com')
    expect(getDomain('example.com.')).toBe('example.com')
    expect(getDomain('localhost')).toBeNull()
    expect(getDomain('127.0.0.1')).toBeNull()
    expect(getDomain('[::1]')).toBeNull()
  })
})
