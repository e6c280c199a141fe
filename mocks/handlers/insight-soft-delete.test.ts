import { describe, expect, it } from 'vitest'
import { P, call, record, useMockBackend } from './test-support'

const backend = useMockBackend()

const patch = (id: number, body: unknown) => call(`${P}/insights/${id}/`, { method: 'PATCH', body })

/** A live insight of project 1 that sits on a dashboard and carries an alert. */
function onDashboardWithAlert() {
  const store = backend.store()
  const insight = store.db.insights.find(
    (candidate) =>
      candidate.project_id === 1 &&
      !candidate.deleted &&
      candidate.dashboards.length > 0 &&
      store.db.alerts.some((alert) => alert.insight_id === candidate.id),
  )
  if (!insight) throw new Error('seed lacks an insight on a dashboard with an alert')
  return insight
}

describe('soft delete (InsightSerializer.update with deleted: true)', () => {
  it('takes the insight off every dashboard and deletes its alerts; restoring brings neither back', async () => {
    const store = backend.store()
    const insight = onDashboardWithAlert()
    const dashboards = [...insight.dashboards]

    expect((await patch(insight.id, { deleted: true })).status).toBe(200)
    expect(store.insight(insight.id)?.dashboards).toEqual([])
    expect(store.db.alerts.filter((alert) => alert.insight_id === insight.id)).toEqual([])
    const alertList = record((await call(`${P}/alerts/?insight=${insight.id}`)).body)
    expect(alertList.results).toEqual([])

    const restored = record((await patch(insight.id, { deleted: false })).body)
    expect(restored).toMatchObject({ deleted: false, dashboards: [], alerts: [] })
    expect(restored.dashboard_tiles).toEqual([])

    // Sending `dashboards` with the restore re-adds the tiles, as `_update_insight_dashboards` does.
    const readded = record((await patch(insight.id, { dashboards })).body)
    expect(readded.dashboards).toEqual(dashboards)
  })

  it('logs the deletion without a dashboards change', async () => {
    const store = backend.store()
    const insight = onDashboardWithAlert()
    await patch(insight.id, { deleted: true })
    const entry = store.db.activity.findLast((candidate) => candidate.item_id === String(insight.id))
    expect(entry?.activity).toBe('deleted')
    expect(entry?.detail?.changes?.map((change) => change.field)).toEqual(['deleted'])
  })
})
