import { http, HttpResponse } from 'msw'
import { beforeEach, describe, expect, it } from 'vitest'
import { mockServer } from '@mocks/node'
import { ApiError } from './http'
import { fetchCleanupPage } from './insight-cleanup'
import { PROJECT_ID, resetMockData } from './test-support'

beforeEach(() => resetMockData())

describe('fetchCleanupPage', () => {
  it('reads a page of the full list: every insight once, with its sample flag and query fingerprint', async () => {
    const page = await fetchCleanupPage(PROJECT_ID, 0, 25)
    expect(page.results).toHaveLength(25)
    expect(page.count).toBeGreaterThan(25)
    expect(page.results.every((insight) => typeof insight.is_sample === 'boolean')).toBe(true)
    expect(page.results.some((insight) => insight.queryFingerprint !== null)).toBe(true)
  })

  it('turns an unreadable body into the same ApiError as any other request', async () => {
    mockServer.use(http.get('*/api/:family/:projectId/insights/', () => new HttpResponse('<html>proxy</html>', { status: 200 })))
    const notJson = await fetchCleanupPage(PROJECT_ID, 0, 25).catch((error: unknown) => error)
    expect(notJson).toBeInstanceOf(ApiError)
    expect(notJson).toMatchObject({ type: 'invalid_response', code: 'invalid_json' })

    mockServer.use(
      http.get('*/api/:family/:projectId/insights/', () =>
        HttpResponse.json({ count: 1, next: null, previous: null, results: [{ id: 'x' }] }),
      ),
    )
    const misshapen = await fetchCleanupPage(PROJECT_ID, 0, 25).catch((error: unknown) => error)
    expect(misshapen).toMatchObject({
      code: 'invalid_response',
      attr: 'results.0.id',
      detail: expect.stringMatching(/results\.0\.id: expected number/) as unknown,
    })
  })
})
