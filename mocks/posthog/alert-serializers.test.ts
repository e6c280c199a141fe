import { describe, expect, it } from 'vitest'
import { alertListSchema } from '@/api/schemas/alert'
import { thresholdListSchema, thresholdSchema } from '@/api/schemas/threshold'
import { P, call, record, useMockBackend } from '../handlers/test-support'
import { alertSerializer, thresholdSerializer, thresholdWithAlertSerializer } from './alert-serializers'
import { keyDrift } from './inventory'

const backend = useMockBackend()
const NO_DRIFT = { extra: [], missing: [] }

describe('GET alerts/ (AlertViewSet.list with AlertSerializer)', () => {
  it('sends exactly PostHog’s fields for each alert and its threshold, and parses with the client’s schema', async () => {
    const body = record((await call(`${P}/alerts/?limit=100`)).body)
    const rows = body.results as Record<string, unknown>[]
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows) {
      expect(keyDrift(alertSerializer, row)).toEqual(NO_DRIFT)
      if (row.threshold !== null) expect(keyDrift(thresholdSerializer, record(row.threshold))).toEqual(NO_DRIFT)
    }
    expect(alertListSchema.safeParse(body).success).toBe(true)
  })

  it('narrows by creator UUID and refuses one that is not a UUID', async () => {
    const creator = backend
      .store()
      .db.users.find((user) => backend.store().db.alerts.some((alert) => alert.created_by === user.id))
    const mine = record((await call(`${P}/alerts/?created_by=${creator?.uuid ?? ''}&limit=100`)).body)
    expect((mine.results as { created_by: { id: number } }[]).every((row) => row.created_by.id === creator?.id)).toBe(true)
    const bad = await call(`${P}/alerts/?created_by=someone`)
    expect(bad.status).toBe(400)
    expect(bad.body).toMatchObject({ attr: 'created_by' })
  })
})

describe('GET insights/:id/thresholds/ (ThresholdViewSet with ThresholdWithAlertSerializer)', () => {
  it('sends each threshold with the alerts that use it, and parses with the client’s schemas', async () => {
    const store = backend.store()
    const threshold = store.db.thresholds.find((entry) => !store.insight(entry.insight_id)?.deleted)
    const list = record((await call(`${P}/insights/${threshold?.insight_id ?? 0}/thresholds/`)).body)
    for (const row of list.results as Record<string, unknown>[]) {
      expect(keyDrift(thresholdWithAlertSerializer, row)).toEqual(NO_DRIFT)
      for (const alert of row.alerts as object[]) expect(keyDrift(alertSerializer, alert)).toEqual(NO_DRIFT)
    }
    expect(thresholdListSchema.safeParse(list).success).toBe(true)
    const one = record((await call(`${P}/insights/${threshold?.insight_id ?? 0}/thresholds/${threshold?.id ?? ''}/`)).body)
    expect(keyDrift(thresholdWithAlertSerializer, one)).toEqual(NO_DRIFT)
    expect((one.alerts as { id: string }[]).map((alert) => alert.id)).toEqual(
      store.db.alerts.filter((alert) => alert.threshold_id === threshold?.id).map((alert) => alert.id),
    )
    expect(thresholdSchema.safeParse(one).success).toBe(true)
  })
})
