import { describe, expect, it } from 'vitest'
import { thresholdListSchema, thresholdSchema } from '@/api/schemas/threshold'
import { P, call, useMockBackend } from './test-support'

const backend = useMockBackend()

describe('thresholds', () => {
  it('lists an insight thresholds, paginated, and retrieves one', async () => {
    const store = backend.store()
    const threshold = store.db.thresholds.find((entry) => !store.insight(entry.insight_id)?.deleted)
    if (!threshold) throw new Error('seed has no thresholds')
    const list = thresholdListSchema.parse((await call(`${P}/insights/${threshold.insight_id}/thresholds/`)).body)
    expect(list.count).toBe(store.db.thresholds.filter((entry) => entry.insight_id === threshold.insight_id).length)
    expect(list.results.map((entry) => entry.id)).toContain(threshold.id)
    const one = thresholdSchema.parse((await call(`${P}/insights/${threshold.insight_id}/thresholds/${threshold.id}/`)).body)
    expect(one).toEqual({
      id: threshold.id,
      created_at: threshold.created_at,
      name: threshold.name,
      configuration: threshold.configuration,
    })
  })

  it('answers an empty page for an insight without thresholds and 404 for an unknown threshold', async () => {
    const store = backend.store()
    const insight = store.db.insights.find(
      (candidate) =>
        !candidate.deleted &&
        candidate.project_id === 1 &&
        !store.db.thresholds.some((entry) => entry.insight_id === candidate.id),
    )
    const list = thresholdListSchema.parse((await call(`${P}/insights/${insight?.id ?? 0}/thresholds/`)).body)
    expect(list).toEqual({ count: 0, next: null, previous: null, results: [] })
    expect((await call(`${P}/insights/${insight?.id ?? 0}/thresholds/nope/`)).status).toBe(404)
  })
})
