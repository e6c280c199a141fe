import { describe, expect, it } from 'vitest'
import { alertListSchema } from '@/api/schemas/alert'
import { P, call, useMockBackend } from './test-support'

const backend = useMockBackend()

describe('alerts', () => {
  it('lists the alerts of the live insights newest first, each pointing to its own threshold', async () => {
    const store = backend.store()
    const live = store.db.thresholds.filter((threshold) => {
      const insight = store.insight(threshold.insight_id)
      return insight && !insight.deleted && insight.project_id === 1
    })
    expect(live.length).toBeGreaterThan(0)
    const list = alertListSchema.parse((await call(`${P}/alerts/?limit=1000`)).body)
    expect(list.count).toBe(live.length)
    expect(new Set(list.results.map((alert) => alert.insight.id))).toEqual(new Set(live.map((t) => t.insight_id)))
    for (const alert of list.results) {
      const stored = store.db.alerts.find((entry) => entry.id === alert.id)
      expect(alert.threshold?.id).toBe(stored?.threshold_id)
      expect(alert.id).not.toBe(alert.threshold?.id)
    }
    const times = store.db.alerts.filter((alert) => list.results.some((row) => row.id === alert.id)).map((a) => a.created_at)
    expect(times.length).toBe(list.results.length)
  })

  it('seeds alerts only on trends insights, as AlertSerializer.validate allows', () => {
    const store = backend.store()
    expect(store.db.alerts.length).toBeGreaterThan(0)
    for (const alert of store.db.alerts) {
      const insight = store.insight(alert.insight_id)
      const source = (insight?.query as { source?: { kind?: string } } | null)?.source?.kind
      const legacy = insight?.filters?.insight
      expect(source === 'TrendsQuery' || (insight?.query === null && (legacy === undefined || legacy === 'TRENDS'))).toBe(true)
    }
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
