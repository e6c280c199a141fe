import { describe, expect, it } from 'vitest'
import type { z } from 'zod/mini'
import { activityPageSchema } from '@/api/schemas/activity'
import { alertListSchema } from '@/api/schemas/alert'
import { sharingConfigurationSchema } from '@/api/schemas/sharing'
import { P, call, record, useMockBackend } from '../handlers/test-support'
import { activityLogSerializer } from './activity-serializers'
import { alertSerializer } from './alert-serializers'
import type { PostHogSerializer } from './inventory'
import { sharingConfigurationSerializer } from './sharing-serializers'

/*
 * The client reads PostHog's answers tolerantly: every field PostHog may send as null is set to null, and every field
 * the app does not read is dropped, one at a time, and the answer must still parse with nothing left out.
 */

const backend = useMockBackend()

function variants(row: Record<string, unknown>, serializer: PostHogSerializer, used: readonly string[]) {
  const out: Record<string, unknown>[] = []
  for (const field of serializer.nullable) out.push({ ...row, [field]: null })
  for (const field of serializer.fields.filter((name) => !used.includes(name))) {
    const { [field]: _dropped, ...rest } = row
    out.push(rest)
  }
  return out
}

function check(
  schema: z.ZodMiniType,
  wrap: (row: Record<string, unknown>) => unknown,
  rows: Record<string, unknown>[],
  count: (parsed: unknown) => number,
) {
  for (const row of rows) {
    const parsed = schema.safeParse(wrap(row))
    expect(parsed.success, JSON.stringify(row).slice(0, 200)).toBe(true)
    expect(count(parsed.data)).toBe(1)
  }
}

describe('tolerant reading of PostHog-shaped answers', () => {
  it('activity entries survive null nullable fields and dropped unused ones', async () => {
    const body = record((await call(`${P}/insights/activity/?limit=1`)).body)
    const row = (body.results as Record<string, unknown>[])[0] ?? {}
    const rows = variants(row, activityLogSerializer, ['id', 'activity', 'created_at'])
    check(
      activityPageSchema,
      (entry) => ({ ...body, results: [entry] }),
      rows,
      (page) => (page as { results: unknown[] }).results.length,
    )
  })

  it('alerts survive null nullable fields and dropped unused ones', async () => {
    const body = record((await call(`${P}/alerts/?limit=1`)).body)
    const row = (body.results as Record<string, unknown>[])[0] ?? {}
    const rows = variants(row, alertSerializer, ['id', 'insight'])
    check(
      alertListSchema,
      (alert) => ({ ...body, results: [alert] }),
      rows,
      (page) => (page as { results: unknown[] }).results.length,
    )
  })

  it('a sharing configuration survives null nullable fields and dropped unused ones', async () => {
    const config = backend.store().db.sharing[0]
    const body = record((await call(`${P}/insights/${config?.insight_id ?? 0}/sharing/`)).body)
    const rows = variants(body, sharingConfigurationSerializer, ['enabled'])
    check(
      sharingConfigurationSchema,
      (value) => value,
      rows,
      () => 1,
    )
  })
})
