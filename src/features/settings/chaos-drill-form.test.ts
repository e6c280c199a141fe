import { describe, expect, it } from 'vitest'
import { describeChaos, draftFromChaos, parseChaosDraft } from './chaos-drill-form'

const draft = draftFromChaos(null)

describe('parseChaosDraft', () => {
  it('turns the form into a drill', () => {
    expect(parseChaosDraft({ failurePercent: '25', modes: ['drop'], extraLatency: '300', seed: '42' })).toEqual({
      chaos: { failureRate: 0.25, modes: ['drop'], extraLatency: 300, seed: 42 },
    })
    expect(parseChaosDraft(draft)).toEqual({
      chaos: { failureRate: 0.3, modes: ['error', 'timeout', 'drop'], extraLatency: 0, seed: null },
    })
  })

  it('explains each unreadable field', () => {
    expect(parseChaosDraft({ failurePercent: '130', modes: [], extraLatency: '-1', seed: 'abc' })).toEqual({
      errors: {
        failurePercent: 'Enter a whole number from 0 to 100.',
        extraLatency: 'Enter milliseconds from 0 to 60000.',
        seed: 'Enter a whole number, or leave it empty for a different run each time.',
        modes: 'Choose at least one way to fail.',
      },
    })
    expect(parseChaosDraft({ ...draft, modes: [] })).toEqual({ errors: { modes: 'Choose at least one way to fail.' } })
  })

  it('refuses a drill that would do nothing, but allows latency alone', () => {
    expect(parseChaosDraft({ ...draft, failurePercent: '0' })).toEqual({
      errors: { failurePercent: 'Set a failure rate or an extra latency, or the drill does nothing.' },
    })
    expect(parseChaosDraft({ ...draft, failurePercent: '0', modes: [], extraLatency: '500' })).toEqual({
      chaos: { failureRate: 0, modes: [], extraLatency: 500, seed: null },
    })
  })
})

describe('draftFromChaos and describeChaos', () => {
  it('round-trip a running drill and say what it does', () => {
    const chaos = { failureRate: 0.5, modes: ['error', 'timeout'] as const, extraLatency: 200, seed: 7 }
    expect(parseChaosDraft(draftFromChaos(chaos))).toEqual({ chaos })
    expect(describeChaos(chaos)).toBe(
      'On: 50% of requests fail (server error (500), time-out (no answer)), every answer 200 ms slower, seed 7.',
    )
    expect(describeChaos({ failureRate: 0, modes: [], extraLatency: 400, seed: null })).toBe(
      'On: no request fails, every answer 400 ms slower.',
    )
  })
})
