import { http, HttpResponse } from 'msw'
import { beforeEach, describe, expect, it } from 'vitest'
import { mockServer } from '@mocks/node'
import { insightCapabilityQueries, probeNotOnDashboard } from './insight-capabilities'
import { createTestQueryClient, PROJECT_ID, recordRequests, resetMockData } from './test-support'
import { connectionFingerprint, useCompatibilityReports, type FeatureState } from '@/stores/compatibility-store'
import { getConnection } from '@/stores/connection-store'

beforeEach(() => {
  resetMockData()
  useCompatibilityReports.setState({ reports: {} })
})

/** Keeps a "Check compatibility" report for the current connection in which the filter has this state. */
async function keepCheck(state: FeatureState): Promise<void> {
  const fingerprint = await connectionFingerprint({ ...getConnection(), projectId: PROJECT_ID })
  if (!fingerprint) throw new Error('no Web Crypto in this test environment')
  useCompatibilityReports.getState().keep(fingerprint, {
    checkedAt: new Date().toISOString(),
    summary: null,
    checks: [{ id: 'not-on-dashboard', name: 'filter', state, reason: state === 'works' ? null : 'version', detail: '' }],
  })
}

/** A server whose list applies `not_on_dashboard`, so the probe would find the filter. */
function serverWithTheFilter(): void {
  mockServer.use(
    http.get('*/api/:family/:projectId/insights/', ({ request }) => {
      const filtered = new URL(request.url).searchParams.get('not_on_dashboard') === 'true'
      return HttpResponse.json({ count: filtered ? 7 : 20, next: null, previous: null, results: [] })
    }),
  )
}

describe('insightCapabilityQueries.notOnDashboard', () => {
  it('takes what Check compatibility found for this connection, without probing again', async () => {
    serverWithTheFilter()
    await keepCheck('unavailable')
    const requests = recordRequests()
    try {
      expect(await createTestQueryClient().fetchQuery(insightCapabilityQueries.notOnDashboard(PROJECT_ID))).toBe(false)
    } finally {
      requests.stop()
    }
    expect(requests.urls).toEqual([])
  })

  it('uses a report that found the filter, and probes when there is none', async () => {
    await keepCheck('works')
    expect(await createTestQueryClient().fetchQuery(insightCapabilityQueries.notOnDashboard(PROJECT_ID))).toBe(true)
    useCompatibilityReports.setState({ reports: {} })
    serverWithTheFilter()
    const requests = recordRequests()
    try {
      expect(await createTestQueryClient().fetchQuery(insightCapabilityQueries.notOnDashboard(PROJECT_ID))).toBe(true)
    } finally {
      requests.stop()
    }
    expect(requests.urls.filter((url) => url.searchParams.get('not_on_dashboard') === 'true')).toHaveLength(1)
  })
})

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
