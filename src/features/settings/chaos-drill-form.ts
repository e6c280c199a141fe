import type { ChaosMode, MockChaos } from './demo-bridge'

/** What the user typed in the "Chaos drill" form; numbers stay text until they are checked. */
export interface ChaosDrillDraft {
  failurePercent: string
  modes: readonly ChaosMode[]
  extraLatency: string
  seed: string
}

export type ChaosDrillErrors = Partial<Record<'failurePercent' | 'modes' | 'extraLatency' | 'seed', string>>

export const chaosModes: readonly ChaosMode[] = ['error', 'timeout', 'drop']

export const chaosModeLabels: Record<ChaosMode, string> = {
  error: 'Server error (500)',
  timeout: 'Time-out (no answer)',
  drop: 'Dropped connection',
}

export function draftFromChaos(chaos: MockChaos | null): ChaosDrillDraft {
  return {
    failurePercent: chaos ? String(Math.round(chaos.failureRate * 100)) : '30',
    modes: chaos?.modes ?? chaosModes,
    extraLatency: chaos ? String(chaos.extraLatency) : '0',
    seed: chaos?.seed === null || chaos === null ? '' : String(chaos.seed),
  }
}

const wholeNumber = (text: string): number | null => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : null)

/** Checks the draft; a drill that would neither fail nor slow anything is refused, since "Start" would do nothing. */
export function parseChaosDraft(draft: ChaosDrillDraft): { chaos: MockChaos } | { errors: ChaosDrillErrors } {
  const errors: ChaosDrillErrors = {}
  const percent = wholeNumber(draft.failurePercent)
  if (percent === null || percent > 100) errors.failurePercent = 'Enter a whole number from 0 to 100.'
  const latency = wholeNumber(draft.extraLatency)
  if (latency === null || latency > 60_000) errors.extraLatency = 'Enter milliseconds from 0 to 60000.'
  const seedText = draft.seed.trim()
  const seed = seedText === '' ? null : /^-?\d{1,15}$/.test(seedText) ? Number(seedText) : Number.NaN
  if (Number.isNaN(seed)) errors.seed = 'Enter a whole number, or leave it empty for a different run each time.'
  if (percent !== null && percent > 0 && draft.modes.length === 0) errors.modes = 'Choose at least one way to fail.'
  if (!errors.failurePercent && !errors.extraLatency && percent === 0 && latency === 0)
    errors.failurePercent = 'Set a failure rate or an extra latency, or the drill does nothing.'
  if (Object.keys(errors).length > 0) return { errors }
  return { chaos: { failureRate: (percent ?? 0) / 100, modes: draft.modes, extraLatency: latency ?? 0, seed } }
}

/** The drill in one sentence, for the status line. */
export function describeChaos(chaos: MockChaos): string {
  const ways = chaos.modes.map((mode) => chaosModeLabels[mode].toLowerCase()).join(', ')
  const failing =
    chaos.failureRate > 0 ? `${Math.round(chaos.failureRate * 100)}% of requests fail (${ways})` : 'no request fails'
  const latency = chaos.extraLatency > 0 ? `, every answer ${chaos.extraLatency} ms slower` : ''
  const seed = chaos.seed === null ? '' : `, seed ${chaos.seed}`
  return `On: ${failing}${latency}${seed}.`
}
