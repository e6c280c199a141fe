import { http, HttpResponse } from 'msw'
import { beforeEach, describe, expect, it } from 'vitest'
import { mockServer } from '@mocks/node'
import { probeNotOnDashboard } from './insight-capabilities'
import { PROJECT_ID, recordRequests, resetMockData } from './test-support'

beforeEach(() => resetMockData())

describe('probeNotOnDashboard', () => {
  it('finds no filter on the mock, which ignores the parameter as PostHog’s InsightViewSet._filter_request does', async () => {
    const requests = recordRequests()
    try {
      expect(await probeNotOnDashboard(PROJECT_ID)).toBe(false)
    } finally {
      requests.stop()
    }
    const probed = requests.urls.filter((url) => url.searchParams.get('not_on_dashboard') === 'true')
    expect(probed).toHaveLength(1)
    expect(probed[0]?.searchParams.get('limit')).toBe('1')
  })

  it('finds the filter when the server answers fewer insights with it', async () => {
    mockServer.use(
      http.get('*/api/:family/:projectId/insights/', ({ request }) => {
        const filtered = new URL(request.url).searchParams.get('not_on_dashboard') === 'true'
        return HttpResponse.json({ count: filtered ? 7 : 20, next: null, previous: null, results: [] })
      }),
    )
    expect(await probeNotOnDashboard(PROJECT_ID)).toBe(true)
  })
})
