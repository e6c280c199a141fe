import { describe, expect, it } from 'vitest'
import { activityPageSchema } from '@/api/schemas/activity'
import { P, call, record, useMockBackend } from '../handlers/test-support'
import {
  activityChangeSerializer,
  activityDetailSerializer,
  activityLogSerializer,
  systemActivityUser,
  userMinimalSerializer,
} from './activity-serializers'
import { keyDrift } from './inventory'

const backend = useMockBackend()
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

async function entries(path: string): Promise<Record<string, unknown>[]> {
  const answer = await call(path)
  expect(answer.status).toBe(200)
  const body = record(answer.body)
  expect(Object.keys(body).sort()).toEqual(['next', 'previous', 'results', 'total_count'])
  const parsed = activityPageSchema.parse(body)
  expect(parsed.unreadable).toBe(0)
  return body.results as Record<string, unknown>[]
}

describe('insight activity (activity_page_response with ActivityLogSerializer)', () => {
  it('sends exactly PostHog’s fields in every entry, user, detail and change, and parses with the client’s schema', async () => {
    const rows = await entries(`${P}/insights/activity/?limit=100`)
    expect(rows.length).toBe(100)
    for (const row of rows) {
      expect(keyDrift(activityLogSerializer, row)).toEqual({ extra: [], missing: [] })
      expect(row.id).toMatch(UUID)
      const user = record(row.user)
      expect(keyDrift(user.is_system === true ? systemActivityUser : userMinimalSerializer, user)).toEqual({
        extra: [],
        missing: [],
      })
      if (row.detail === null) continue
      const detail = record(row.detail)
      expect(keyDrift(activityDetailSerializer, detail)).toEqual({ extra: [], missing: [] })
      for (const change of (detail.changes ?? []) as object[]) {
        expect(keyDrift(activityChangeSerializer, change)).toEqual({ extra: [], missing: [] })
      }
    }
  })

  it('names a system entry’s user as PostHog does, with no top-level is_system', async () => {
    const systemEntry = backend.store().db.activity.find((entry) => entry.user_id === null && entry.project_id === 1)
    expect(systemEntry).toBeDefined()
    const rows = await entries(`${P}/insights/${systemEntry?.item_id ?? ''}/activity/`)
    const row = rows.find((candidate) => candidate.id === systemEntry?.id)
    expect(row?.user).toEqual({ first_name: 'System', email: null, is_system: true })
    expect(row).not.toHaveProperty('is_system')
  })

  it('sends null for an entry stored without detail', async () => {
    const stored = backend.store().db.activity.find((entry) => entry.project_id === 1)
    if (stored) stored.detail = null
    const rows = await entries(`${P}/insights/${stored?.item_id ?? ''}/activity/`)
    expect(rows.find((row) => row.id === stored?.id)?.detail).toBeNull()
  })
})
