import { describe, expect, it } from 'vitest'
import { getMockChaosStats, normalizeMockChaos, setMockChaos, takeChaos, type MockChaos } from './runtime'
import { P, call, record, useMockBackend } from './test-support'

useMockBackend()

const drill = (overrides: Partial<MockChaos>): MockChaos => ({
  failureRate: 1,
  modes: ['error'],
  extraLatency: 0,
  seed: 1,
  ...overrides,
})

describe('chaos drill', () => {
  it('answers 500 in PostHog error shape and never runs the endpoint', async () => {
    const list = record((await call(`${P}/insights/?limit=1`)).body)
    const insight = record((list.results as unknown[])[0])
    setMockChaos(drill({ modes: ['error'] }))
    const answer = await call(`${P}/insights/${String(insight.id)}/`, { method: 'PATCH', body: { name: 'Renamed in chaos' } })
    expect(answer.status).toBe(500)
    expect(record(answer.body)).toMatchObject({ type: 'server_error', detail: 'Chaos drill: a simulated server error.' })
    setMockChaos(null)
    const after = await call(`${P}/insights/${String(insight.id)}/`)
    expect(record(after.body).name).toBe(insight.name)
  })

  it('drops the connection: fetch rejects as on a lost network', async () => {
    setMockChaos(drill({ modes: ['drop'] }))
    await expect(fetch(`${P}/insights/?limit=1`)).rejects.toThrow(TypeError)
  })

  it('holds a "time-out" answer back until the caller gives up', async () => {
    setMockChaos(drill({ modes: ['timeout'] }))
    const controller = new AbortController()
    const pending = fetch(`${P}/insights/?limit=1`, { signal: controller.signal })
    const outcome = await Promise.race([
      pending.then(() => 'answered'),
      new Promise((resolve) => setTimeout(resolve, 200, 'waiting')),
    ])
    expect(outcome).toBe('waiting')
    controller.abort()
    await expect(pending).rejects.toThrow()
  })

  it('fails about the configured share of requests and counts them', async () => {
    setMockChaos(drill({ failureRate: 0.3, modes: ['error'], seed: 42 }))
    const statuses: number[] = []
    for (let index = 0; index < 200; index += 1) statuses.push((await call(`${P}/insights/?limit=1&offset=${index}`)).status)
    const failed = statuses.filter((status) => status === 500).length
    expect(failed).toBeGreaterThan(40)
    expect(failed).toBeLessThan(80)
    expect(statuses.every((status) => status === 200 || status === 500)).toBe(true)
    expect(getMockChaosStats()).toEqual({ requests: 200, failed })
  })

  it('with a seed, the n-th attempt at a request meets the same fate whatever runs in between', () => {
    const fates = (noise: boolean) => {
      setMockChaos(drill({ failureRate: 0.5, modes: ['error', 'timeout', 'drop'], seed: 7 }))
      const outcome: (string | null)[] = []
      for (let attempt = 0; attempt < 20; attempt += 1) {
        if (noise) takeChaos('GET', `http://x/api/other/${attempt}`)
        outcome.push(takeChaos('PATCH', 'http://x/api/projects/1/insights/5/').failure)
      }
      return outcome
    }
    const quiet = fates(false)
    expect(fates(true)).toEqual(quiet)
    expect(new Set(quiet).size).toBeGreaterThan(2)
  })

  it('adds its latency to every answer', () => {
    setMockChaos(drill({ failureRate: 0, extraLatency: 300 }))
    expect(takeChaos('GET', 'http://x/api/users/@me/')).toEqual({ latency: 300, failure: null })
  })

  it('reads configs from untrusted input, clamping values and turning itself off when it would do nothing', () => {
    expect(normalizeMockChaos({ failureRate: 7, modes: ['drop', 'bogus'], extraLatency: -5, seed: 'x' })).toEqual({
      failureRate: 1,
      modes: ['drop'],
      extraLatency: 0,
      seed: null,
    })
    expect(normalizeMockChaos({ failureRate: 0.2 })).toMatchObject({ modes: ['error', 'timeout', 'drop'] })
    expect(normalizeMockChaos({ failureRate: 0, extraLatency: 0 })).toBeNull()
    expect(normalizeMockChaos({ failureRate: 0.5, modes: [] })).toBeNull()
    expect(normalizeMockChaos('0.3')).toBeNull()
  })
})
