import { describe, expect, it } from 'vitest'
import { alertListSchema } from '@/api/schemas/alert'
import { P, call, useMockBackend } from './test-support'

const backend = useMockBackend()

describe('alerts', () => {
  it('lists one alert per threshold of the live insights, with the insight and threshold nested', async () => {
    const store = backend.store()
    const live = store.db.thresholds.filter((threshold) => {
      const insight = store.insight(threshold.insight_id)
      return insight && !insight.deleted && insight.project_id === 1
    })
    expect(live.length).toBeGreaterThan(0)
    const list = alertListSchema.parse((await call(`${P}/alerts/?limit=1000`)).body)
    expect(list.count).toBe(live.length)
    expect(new Set(list.results.map((alert) => alert.insight.id))).toEqual(new Set(live.map((t) => t.insight_id)))
    for (const alert of list.results) expect(alert.threshold?.id).toBe(alert.id)
  })

  it('filters by insight, pages, and refuses a malformed insight id', async () => {
    const store = backend.store()
    const threshold = store.db.thresholds.find((entry) => !store.insight(entry.insight_id)?.deleted)
    if (!threshold) throw new Error('seed has no thresholds')
    const own = alertListSchema.parse((await call(`${P}/alerts/?insight=${threshold.insight_id}`)).body)
    expect(own.results.every((alert) => alert.insight.id === threshold.insight_id)).toBe(true)
    expect(own.count).toBe(store.db.thresholds.filter((entry) => entry.insight_id === threshold.insight_id).length)
    const first = alertListSchema.parse((await call(`${P}/alerts/?limit=1`)).body)
    expect(first.results).toHaveLength(1)
    expect(first.next).not.toBeNull()
    const bad = await call(`${P}/alerts/?insight=abc`)
    expect(bad.status).toBe(400)
    expect(bad.body).toMatchObject({ attr: 'insight' })
  })

  it('hides the alerts of a soft-deleted insight', async () => {
    const store = backend.store()
    const threshold = store.db.thresholds.find((entry) => !store.insight(entry.insight_id)?.deleted)
    if (!threshold) throw new Error('seed has no thresholds')
    await call(`${P}/insights/${threshold.insight_id}/`, { method: 'PATCH', body: { deleted: true } })
    const list = alertListSchema.parse((await call(`${P}/alerts/?insight=${threshold.insight_id}`)).body)
    expect(list.count).toBe(0)
  })
})
