import { describe, expect, it } from 'vitest'
import { connectionLabel, useConnectionStore, type ConnectionSettings } from './connection-store'

const api: ConnectionSettings = {
  mode: 'api',
  host: 'https://eu.posthog.com',
  apiKey: 'phx_secret',
  projectId: '5',
  pathFamily: 'environments',
  rememberKey: false,
}

describe('connection store', () => {
  it('keeps the API key out of the persisted settings, in sessionStorage by default', () => {
    useConnectionStore.getState().save(api)
    expect(localStorage.getItem('insight-desk:connection')).not.toContain('phx_secret')
    expect(JSON.parse(localStorage.getItem('insight-desk:connection') ?? '{}')).toMatchObject({
      state: { mode: 'api', host: 'https://eu.posthog.com', projectId: '5', pathFamily: 'environments' },
    })
    expect(sessionStorage.getItem('insight-desk:api-key')).toBe('phx_secret')
    expect(localStorage.getItem('insight-desk:api-key')).toBeNull()
  })

  it('moves the key to localStorage when asked to remember it, and back', () => {
    useConnectionStore.getState().save({ ...api, rememberKey: true })
    expect(localStorage.getItem('insight-desk:api-key')).toBe('phx_secret')
    expect(sessionStorage.getItem('insight-desk:api-key')).toBeNull()
    useConnectionStore.getState().save(api)
    expect(localStorage.getItem('insight-desk:api-key')).toBeNull()
  })

  it('forgets the key everywhere when it is cleared', () => {
    useConnectionStore.getState().save({ ...api, rememberKey: true })
    useConnectionStore.getState().save({ ...api, apiKey: '' })
    expect(localStorage.getItem('insight-desk:api-key')).toBeNull()
    expect(sessionStorage.getItem('insight-desk:api-key')).toBeNull()
  })
})

describe('connectionLabel', () => {
  it('names the mock, or the host requests go to', () => {
    expect(connectionLabel({ ...api, mode: 'mock' })).toBe('Mock')
    expect(connectionLabel(api)).toBe('eu.posthog.com')
    expect(connectionLabel({ ...api, host: 'http://127.0.0.1:8010' })).toBe('127.0.0.1:8010')
  })
})
