import { describe, expect, it } from 'vitest'
import {
  funnelCorrelationResponseSchema,
  insightTimingResponseSchema,
  legacyFunnelResponseSchema,
  legacyTrendResponseSchema,
} from '@/api/schemas/legacy-insight'
import { P, call, record, useMockBackend } from './test-support'

useMockBackend()

const steps = JSON.stringify([
  { id: 'added_to_cart', order: 0 },
  { id: 'checkout_started', order: 1 },
  { id: 'purchase_completed', order: 2 },
])

describe('legacy insight endpoints', () => {
  it('computes a trend from query-string parameters (GET) or a JSON body (POST)', async () => {
    const get = legacyTrendResponseSchema.parse(
      (await call(`${P}/insights/trend/?events=${encodeURIComponent('[{"id":"signed_up"}]')}&date_from=-14d&interval=day`)).body,
    )
    expect(get.result).toHaveLength(1)
    expect(get.result[0]?.label).toBe('Signed up')
    expect(get.result[0]?.data).toHaveLength(15)
    const post = legacyTrendResponseSchema.parse(
      (
        await call(`${P}/insights/trend/`, {
          method: 'POST',
          body: { events: [{ id: 'video_played' }], breakdown: '$browser', interval: 'week', date_from: '-8w' },
        })
      ).body,
    )
    expect(post.result.length).toBeGreaterThan(1)
    expect(post.result.every((series) => series.breakdown_value !== undefined)).toBe(true)
  })

  it('defaults a trend without events to pageviews and validates parameters', async () => {
    const answer = legacyTrendResponseSchema.parse((await call(`${P}/insights/trend/`)).body)
    expect(answer.result[0]?.label).toBe('Pageview')
    expect(record((await call(`${P}/insights/trend/?interval=fortnight`)).body)).toMatchObject({ attr: 'interval' })
    expect(record((await call(`${P}/insights/trend/?events=signed_up`)).body)).toMatchObject({ attr: 'events' })
  })

  it('computes funnel steps and needs at least two', async () => {
    const funnel = legacyFunnelResponseSchema.parse(
      (await call(`${P}/insights/funnel/?events=${encodeURIComponent(steps)}`)).body,
    )
    expect(funnel.result.map((step) => step.name)).toEqual(['Added to cart', 'Checkout started', 'Purchase completed'])
    const single = await call(`${P}/insights/funnel/`, { method: 'POST', body: { events: [{ id: 'signed_up' }] } })
    expect(single.status).toBe(400)
    expect(record(single.body).attr).toBe('events')
  })

  it('computes funnel correlation events outside the funnel', async () => {
    const answer = funnelCorrelationResponseSchema.parse(
      (await call(`${P}/insights/funnel/correlation/?events=${encodeURIComponent(steps)}`)).body,
    )
    expect(answer.result.events.length).toBeGreaterThan(0)
    expect(
      answer.result.events.every(
        (entry) => !['added_to_cart', 'checkout_started', 'purchase_completed'].includes(entry.event.event),
      ),
    ).toBe(true)
    expect(answer.result.events.every((entry) => entry.odds_ratio >= 1 === (entry.correlation_type === 'success'))).toBe(true)
  })

  it('accepts timing reports', async () => {
    expect(
      insightTimingResponseSchema.parse(
        (await call(`${P}/insights/timing/`, { method: 'POST', body: { insight: 'TRENDS', duration: 120 } })).body,
      ),
    ).toEqual({ success: true })
    expect((await call(`${P}/insights/timing/`, { method: 'POST', body: {} })).status).toBe(400)
  })
})
