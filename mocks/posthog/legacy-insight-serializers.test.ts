import { describe, expect, it } from 'vitest'
import { legacyFunnelResponseSchema, legacyTrendResponseSchema } from '@/api/schemas/legacy-insight'
import { P, call, record, useMockBackend } from '../handlers/test-support'
import { keyDrift } from './inventory'
import { legacyFunnelAnswer, legacyTrendAnswer } from './legacy-insight-serializers'

useMockBackend(20)

const NO_DRIFT = { extra: [], missing: [] }
const steps = encodeURIComponent(JSON.stringify([{ id: 'signed_up' }, { id: 'video_played' }]))

describe('legacy insight endpoints (InsightViewSet.trend and .funnel)', () => {
  it('trend answers exactly its keys, with timings, and parses', async () => {
    const answer = await call(`${P}/insights/trend/?events=${steps}`)
    expect(answer.status).toBe(200)
    const body = record(answer.body)
    expect(keyDrift(legacyTrendAnswer, body)).toEqual(NO_DRIFT)
    expect(body.timings).toEqual(expect.arrayContaining([expect.objectContaining({ k: '.' })]))
    expect(legacyTrendResponseSchema.safeParse(body).success).toBe(true)
  })

  it('funnel answers exactly its keys (no next), GET or POST, and parses', async () => {
    for (const answer of [
      await call(`${P}/insights/funnel/?events=${steps}`),
      await call(`${P}/insights/funnel/`, {
        method: 'POST',
        body: { events: [{ id: 'signed_up' }, { id: 'video_played' }] },
      }),
    ]) {
      expect(answer.status).toBe(200)
      expect(keyDrift(legacyFunnelAnswer, record(answer.body))).toEqual(NO_DRIFT)
      expect(legacyFunnelResponseSchema.safeParse(answer.body).success).toBe(true)
    }
  })
})
