import { describe, expect, it } from 'vitest'
import { paginate } from './lookups'
import { P, call, record, useMockBackend } from './test-support'

const backend = useMockBackend()

/** `paginate` over numbered items, with the query string `search`, as a handler would call it. */
function pageOf(search: string, count: number, options?: Parameters<typeof paginate>[2]) {
  const url = new URL(`http://mock.test/api/list/?${search}`)
  const pageUrl = (changes: Record<string, string | number | null>) => {
    const next = new URL(url.href)
    for (const [key, value] of Object.entries(changes)) next.searchParams.set(key, String(value))
    return next.href
  }
  return paginate(
    { url, pageUrl },
    Array.from({ length: count }, (_, index) => index),
    options,
  )
}

describe('paginate: DRF’s LimitOffsetPagination under PostHog’s settings (PAGE_SIZE 100, no max_limit)', () => {
  it('pages 100 by default and cuts no limit down', () => {
    expect(pageOf('', 2500).results).toHaveLength(100)
    const big = pageOf('limit=2000&offset=100', 2500)
    expect(big.results).toHaveLength(2000)
    expect(big.results[0]).toBe(100)
    expect(big.next).toContain('offset=2100')
  })

  it('never refuses its parameters: a bad or zero limit is the default, a bad offset 0', () => {
    for (const bad of ['limit=0', 'limit=-5', 'limit=ten', 'limit=', 'limit=1.5', 'offset=-1', 'offset=abc', 'offset=2.5']) {
      const page = pageOf(bad, 250)
      expect(page.results, bad).toEqual(pageOf('', 250).results)
      expect(page.count, bad).toBe(250)
    }
    // Python's int() allows a sign and spaces around the digits.
    expect(pageOf('limit=%2B3&offset=%202%20', 250).results).toEqual([2, 3, 4])
  })

  it('keeps a view’s own default_limit and max_limit (TaggedItemViewSet.list’s search page: 100 and 100)', () => {
    const options = { defaultLimit: 100, maxLimit: 100 }
    expect(pageOf('limit=500', 250, options).results).toHaveLength(100)
    expect(pageOf('limit=0', 250, options).results).toHaveLength(100)
    expect(pageOf('limit=7', 250, options).results).toHaveLength(7)
  })
})

/*
 * Each list below uses PostHog's default pagination class, as none of their viewsets sets `pagination_class`:
 * `OrganizationMemberViewSet` (posthog/api/organization_member.py), `AlertViewSet` and `ThresholdViewSet`
 * (products/alerts/backend/api/alert.py), `DashboardsViewSet` (posthog/api/dashboards/dashboard.py) and
 * `ElementViewSet` (posthog/api/element.py).
 */
describe('the limit/offset lists answer bad paging parameters as DRF does, not with a 400', () => {
  const lists = (): Record<string, string> => {
    const store = backend.store()
    const threshold = store.db.thresholds.find((entry) => !store.insight(entry.insight_id)?.deleted)
    if (!threshold) throw new Error('seed has no thresholds')
    return {
      members: '/api/organizations/@current/members/',
      alerts: `${P}/alerts/`,
      thresholds: `${P}/insights/${threshold.insight_id}/thresholds/`,
      dashboards: `${P}/dashboards/`,
      elements: `${P}/elements/`,
      'tag search': `${P}/tags/?search=`,
    }
  }

  it.each(['limit=0', 'limit=-1', 'limit=ten', 'offset=-3', 'offset=x'])('%s', async (bad) => {
    for (const [name, path] of Object.entries(lists())) {
      const join = path.includes('?') ? '&' : '?'
      const expected = await call(path)
      expect(expected.status, name).toBe(200)
      const answer = await call(`${path}${join}${bad}`)
      expect(answer.status, `${name} ${bad}`).toBe(200)
      expect(record(answer.body).results, `${name} ${bad}`).toEqual(record(expected.body).results)
      expect(record(answer.body).count, `${name} ${bad}`).toBe(record(expected.body).count)
    }
  })

  it('pages each of them by limit and offset', async () => {
    for (const [name, path] of Object.entries(lists())) {
      const join = path.includes('?') ? '&' : '?'
      const all = record((await call(`${path}${join}limit=5000`)).body)
      const count = Number(all.count)
      expect(all.results, name).toHaveLength(count)
      if (count < 2) continue
      const second = record((await call(`${path}${join}limit=1&offset=1`)).body)
      expect(second.results, name).toEqual((all.results as unknown[]).slice(1, 2))
      expect(second.previous, name).not.toBeNull()
    }
  })
})
