import { describe, expect, it } from 'vitest'
import { dashboardListSchema } from '@/api/schemas/dashboard'
import { P, call, record, useMockBackend } from '../handlers/test-support'
import { dashboardBasicSerializer } from './dashboard-serializers'
import { expectedKeys, keyDrift } from './inventory'

const backend = useMockBackend(60)

describe('GET dashboards/ (DashboardsViewSet.list with DashboardBasicSerializer)', () => {
  it('sends exactly PostHog’s fields for each dashboard, and parses with the client’s schema', async () => {
    const answer = await call(`${P}/dashboards/`)
    expect(answer.status).toBe(200)
    const rows = record(answer.body).results as Record<string, unknown>[]
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual(expectedKeys(dashboardBasicSerializer))
      expect(keyDrift(dashboardBasicSerializer, row)).toEqual({ extra: [], missing: [] })
    }
    expect(dashboardListSchema.safeParse(answer.body).success).toBe(true)
  })

  it('lists only the project’s dashboards, by name, paged by limit and offset', async () => {
    const names = backend
      .store()
      .db.dashboards.filter((dashboard) => dashboard.project_id === 1)
      .map((dashboard) => dashboard.name)
      .sort((a, b) => a.localeCompare(b))
    const all = record((await call(`${P}/dashboards/`)).body)
    expect((all.results as { name: string }[]).map((row) => row.name)).toEqual(names)
    expect(all.count).toBe(names.length)

    const second = record((await call(`${P}/dashboards/?limit=2&offset=2`)).body)
    expect((second.results as { name: string }[]).map((row) => row.name)).toEqual(names.slice(2, 4))
    expect(second.next).toMatch(/limit=2&offset=4/)

    const other = record((await call('/api/projects/2/dashboards/')).body)
    expect((other.results as { team_id: number }[]).every((row) => row.team_id === 2)).toBe(true)
  })

  it('narrows by tags; the demo dashboards have none', async () => {
    const tagged = record((await call(`${P}/dashboards/?tags=growth`)).body)
    expect(tagged.results).toEqual([])
  })
})
