import { describe, expect, it } from 'vitest'
import { normalizeConnection, validateConnection } from './validate-connection'
import type { ConnectionSettings } from '@/stores/connection-store'

const api: ConnectionSettings = {
  mode: 'api',
  host: 'https://us.posthog.com',
  apiKey: 'phx_abc',
  projectId: '42',
  pathFamily: 'projects',
  rememberKey: false,
}

describe('validateConnection', () => {
  it('accepts a complete API connection', () => {
    expect(validateConnection(api, false)).toEqual({})
  })

  it('needs only a numeric project id in mock mode', () => {
    expect(validateConnection({ ...api, mode: 'mock', host: '', apiKey: '' }, false)).toEqual({})
    expect(validateConnection({ ...api, mode: 'mock', projectId: 'abc' }, false)).toHaveProperty('projectId')
  })

  it('rejects hosts that are not http(s) origins', () => {
    expect(validateConnection({ ...api, host: 'us.posthog.com' }, false).host).toMatch(/full address/)
    expect(validateConnection({ ...api, host: 'ftp://x.example' }, false).host).toMatch(/full address/)
    expect(validateConnection({ ...api, host: 'https://x.example/api' }, false).host).toMatch(/without a path/)
  })

  it('does not ask for a host when the dev server proxies /api', () => {
    expect(validateConnection({ ...api, host: '' }, true)).toEqual({})
  })

  it('requires an API key in API mode', () => {
    expect(validateConnection({ ...api, apiKey: '  ' }, false).apiKey).toMatch(/personal API key/)
  })
})

describe('normalizeConnection', () => {
  it('trims fields and drops trailing slashes from the host', () => {
    expect(normalizeConnection({ ...api, host: ' https://eu.posthog.com/ ', apiKey: ' phx_1 ', projectId: ' 7 ' })).toMatchObject(
      {
        host: 'https://eu.posthog.com',
        apiKey: 'phx_1',
        projectId: '7',
      },
    )
  })
})
