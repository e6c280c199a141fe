import { describe, expect, it } from 'vitest'
import { activityPageSchema } from '@/api/schemas/activity'
import { P, call, record, useMockBackend } from './test-support'

const backend = useMockBackend()

async function page(path: string) {
  const answer = await call(path)
  expect(answer.status).toBe(200)
  return activityPageSchema.parse(answer.body)
}

describe('activity', () => {
  it('refuses a limit or page that is not a positive integer, as ActivityPaginationParamsSerializer does', async () => {
    for (const [query, attr, code, detail] of [
      ['limit=0', 'limit', 'min_value', 'Ensure this value is greater than or equal to 1.'],
      ['page=-2', 'page', 'min_value', 'Ensure this value is greater than or equal to 1.'],
      ['page=abc', 'page', 'invalid', 'A valid integer is required.'],
    ]) {
      const answer = await call(`${P}/insights/activity/?${query}`)
      expect(answer.status, query).toBe(400)
      expect(record(answer.body), query).toEqual({ type: 'validation_error', code, detail, attr })
    }
  })

  it('pages the project-wide log newest first with limit and page', async () => {
    const first = await page(`${P}/insights/activity/?limit=5`)
    expect(first.results).toHaveLength(5)
    expect(first.total_count).toBe(backend.store().db.activity.filter((entry) => entry.project_id === 1).length)
    const times = first.results.map((entry) => entry.created_at)
    expect(times).toEqual([...times].sort().reverse())
    expect(first.previous).toBeNull()
    expect(first.next).toMatch(/page=2/)
    const second = await page(first.next ?? '')
    expect(second.previous).toMatch(/page=1/)
    expect(second.results[0]?.id).not.toBe(first.results[0]?.id)
  })

  it('keeps one insight trail, reachable even after a soft delete', async () => {
    const insight = backend.store().db.insights.find((candidate) => candidate.deleted && candidate.project_id === 1)
    const trail = await page(`${P}/insights/${insight?.id ?? 0}/activity/`)
    expect(trail.results.every((entry) => entry.item_id === String(insight?.id))).toBe(true)
    expect(trail.results.map((entry) => entry.activity)).toContain('deleted')
    expect((await call(`${P}/insights/999999/activity/`)).status).toBe(404)
  })

  it('records tag and sharing changes of the app in the project-wide log', async () => {
    const insight = backend.store().db.insights.find((candidate) => !candidate.deleted && candidate.project_id === 1)
    const id = insight?.id ?? 0
    await call(`${P}/insights/${id}/`, { method: 'PATCH', body: { tags: ['kpi', 'exec'] } })
    await call(`${P}/insights/${id}/sharing/`, { method: 'PATCH', body: { enabled: true } })
    const latest = await page(`${P}/insights/activity/?limit=2`)
    expect(latest.results.map((entry) => entry.activity)).toEqual(['sharing enabled', 'updated'])
    expect(latest.results[1]?.detail?.changes?.find((change) => change.field === 'tags')).toMatchObject({
      after: ['exec', 'kpi'],
    })
    expect(latest.results[0]?.user?.first_name).toBe('Ada')
  })

  it('answers CSV when asked', async () => {
    const answer = await call(`${P}/insights/activity/?format=csv&limit=3`)
    expect(answer.contentType).toContain('text/csv')
    expect(String(answer.body).split('\r\n')[0]).toContain('activity')
  })

  it('takes no user or kind filter, like PostHog’s insights activity endpoint', async () => {
    const all = await page(`${P}/insights/activity/?limit=20`)
    const asked = await page(`${P}/insights/activity/?limit=20&user=1&activity=created&scope=Dashboard`)
    expect(asked.total_count).toBe(all.total_count)
    expect(asked.results.map((entry) => entry.id)).toEqual(all.results.map((entry) => entry.id))
  })
})
