import { describe, expect, it } from 'vitest'
import type { ConnectionSettings } from '@/stores/connection-store'
import { embedCode, shareLinks, sharedInsightUrl } from './share-urls'

const demo: ConnectionSettings = {
  mode: 'mock',
  host: '',
  apiKey: '',
  projectId: '1',
  pathFamily: 'projects',
  rememberKey: false,
}
const api: ConnectionSettings = { ...demo, mode: 'api', host: 'https://eu.posthog.example/', apiKey: 'phx_key' }

describe('share urls', () => {
  it('in demo mode points at this app’s viewer, whatever trailing slash the origin has', () => {
    expect(shareLinks(demo, 'https://desk.example.test/', 'abc_123')).toEqual({
      link: 'https://desk.example.test/shared/abc_123',
      embedSrc: 'https://desk.example.test/shared/abc_123?embedded=true',
      preview: 'https://desk.example.test/shared/abc_123',
      servedBy: 'app',
    })
  })

  it('in API mode hands out PostHog’s own /shared/ and /embedded/ pages on its host, with this app’s viewer as preview', () => {
    expect(shareLinks(api, 'https://desk.example.test', 'abc_123')).toEqual({
      link: 'https://eu.posthog.example/shared/abc_123',
      embedSrc: 'https://eu.posthog.example/embedded/abc_123',
      preview: 'https://desk.example.test/shared/abc_123',
      servedBy: 'posthog',
    })
  })

  it('encodes a token that is not URL-safe', () => {
    expect(sharedInsightUrl('https://x.test', 'a/b c')).toBe('https://x.test/shared/a%2Fb%20c')
    expect(shareLinks(api, 'https://x.test', 'a/b').embedSrc).toBe('https://eu.posthog.example/embedded/a%2Fb')
  })

  it('builds an iframe whose title is the insight name, escaped so a name cannot break out of the attribute', () => {
    const code = embedCode('https://x.test/shared/tok?embedded=true&x="', 'Signups "weekly" <b>&</b>')
    expect(code).toBe(
      '<iframe width="100%" height="400" frameborder="0" allowfullscreen title="Signups &quot;weekly&quot; &lt;b&gt;&amp;&lt;/b&gt;" src="https://x.test/shared/tok?embedded=true&amp;x=&quot;"></iframe>',
    )
  })
})
