import { describe, expect, it } from 'vitest'
import { isApiPath } from './api-paths'

describe('isApiPath', () => {
  it('passes the API and the public viewer’s data to PostHog', () => {
    expect(isApiPath('/api/projects/1/insights/?limit=50')).toBe(true)
    expect(isApiPath('/shared/abc123.json')).toBe(true)
    expect(isApiPath('/embedded/abc123.json?whitelabel')).toBe(true)
  })

  it('keeps the app’s own pages, the viewer route included', () => {
    expect(isApiPath('/shared/abc123')).toBe(false)
    expect(isApiPath('/project/1/insights')).toBe(false)
    expect(isApiPath('/assets/index-abc.js')).toBe(false)
    expect(isApiPath('/apis')).toBe(false)
    expect(isApiPath('/shared/a/b.json')).toBe(false)
  })
})
