import { describe, expect, it } from 'vitest'
import { embedCode, embeddedInsightUrl, sharedInsightUrl } from './share-urls'

describe('share urls', () => {
  it('points at the public viewer of this app, whatever trailing slash the origin has', () => {
    expect(sharedInsightUrl('https://desk.example.test/', 'abc_123')).toBe('https://desk.example.test/shared/abc_123')
    expect(embeddedInsightUrl('https://desk.example.test', 'abc_123')).toBe(
      'https://desk.example.test/shared/abc_123?embedded=true',
    )
  })

  it('encodes a token that is not URL-safe', () => {
    expect(sharedInsightUrl('https://x.test', 'a/b c')).toBe('https://x.test/shared/a%2Fb%20c')
  })

  it('builds an iframe whose title is the insight name, escaped so a name cannot break out of the attribute', () => {
    const code = embedCode('https://x.test', 'tok', 'Signups "weekly" <b>&</b>')
    expect(code).toBe(
      '<iframe width="100%" height="400" frameborder="0" allowfullscreen title="Signups &quot;weekly&quot; &lt;b&gt;&amp;&lt;/b&gt;" src="https://x.test/shared/tok?embedded=true"></iframe>',
    )
  })
})
