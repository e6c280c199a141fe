import { useEffect, useState, type FormEvent } from 'react'
import { describeError } from '@/api/error-message'
import { getChaosDrill, setChaosDrill, type ChaosMode, type ChaosStats, type MockChaos } from './demo-bridge'
import { Button } from '@/components/button'
import { Checkbox } from '@/components/checkbox'
import { notify } from '@/components/notify'
import { TextField } from '@/components/text-field'
import {
  chaosModeLabels,
  chaosModes,
  describeChaos,
  draftFromChaos,
  parseChaosDraft,
  type ChaosDrillDraft,
  type ChaosDrillErrors,
} from './chaos-drill-form'

/** How often the counters refresh while a drill runs: often enough to watch, cheap enough to forget. */
const STATS_INTERVAL_MS = 1_000

/**
 * Mock mode only: makes a share of the in-browser mock's requests fail (500, no answer, dropped connection) and
 * slows every answer, to see retries, rollbacks and error messages at work. Remembered in this browser until stopped.
 */
export function ChaosDrillSection() {
  const [current, setCurrent] = useState<{ chaos: MockChaos | null; stats: ChaosStats } | null>(null)
  const [draft, setDraft] = useState<ChaosDrillDraft>(() => draftFromChaos(null))
  const [errors, setErrors] = useState<ChaosDrillErrors>({})
  const [busy, setBusy] = useState(false)
  const running = current?.chaos ?? null

  useEffect(() => {
    let active = true
    void getChaosDrill().then((loaded) => {
      if (!active) return
      setCurrent(loaded)
      setDraft(draftFromChaos(loaded.chaos))
    })
    return () => {
      active = false
    }
  }, [])

  useEffect(() => {
    if (!running) return
    const timer = setInterval(() => {
      void getChaosDrill().then(setCurrent)
    }, STATS_INTERVAL_MS)
    return () => clearInterval(timer)
  }, [running])

  const apply = async (chaos: MockChaos | null) => {
    setBusy(true)
    try {
      await setChaosDrill(chaos)
      setCurrent(await getChaosDrill())
      notify('success', chaos ? 'Chaos drill started' : 'Chaos drill stopped')
    } catch (error) {
      notify('error', `Could not change the chaos drill: ${describeError(error).message}`)
    } finally {
      setBusy(false)
    }
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const parsed = parseChaosDraft(draft)
    if ('errors' in parsed) return setErrors(parsed.errors)
    setErrors({})
    void apply(parsed.chaos)
  }

  const toggleMode = (mode: ChaosMode, selected: boolean) =>
    setDraft((previous) => ({
      ...previous,
      modes: chaosModes.filter((candidate) => (candidate === mode ? selected : previous.modes.includes(candidate))),
    }))

  return (
    <section aria-labelledby="chaos-drill-heading" className="mt-10 max-w-xl">
      <h2 id="chaos-drill-heading" className="mb-2 text-lg font-semibold">
        Chaos drill
      </h2>
      <p className="mb-4 text-sm text-slate-600 dark:text-slate-400">
        Makes some requests to the in-browser mock fail, to see how Insight Desk copes: lists retry, edits roll back with a
        message. A failed request never changes the demo data. Also <code>?chaos=0.3</code> in any address at start-up.
      </p>
      <div
        className={`mb-4 rounded-md px-3 py-2 text-sm ${
          running
            ? 'bg-amber-50 text-amber-900 dark:bg-amber-950/50 dark:text-amber-200'
            : 'bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300'
        }`}
      >
        <p role="status">
          {current === null
            ? 'Reading the drill…'
            : running
              ? describeChaos(running)
              : 'Off: every request is answered normally.'}
        </p>
        {/* Outside the live region: a count that changes every second must not be read out every second. */}
        {running && current && (
          <p>
            {current.stats.failed} of {current.stats.requests} requests failed so far.
          </p>
        )}
      </div>
      <form onSubmit={submit} noValidate className="flex flex-col gap-4">
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            label="Failure rate (%)"
            inputMode="numeric"
            value={draft.failurePercent}
            onChange={(failurePercent) => setDraft((previous) => ({ ...previous, failurePercent }))}
            errorMessage={errors.failurePercent}
          />
          <TextField
            label="Extra latency (ms)"
            inputMode="numeric"
            value={draft.extraLatency}
            onChange={(extraLatency) => setDraft((previous) => ({ ...previous, extraLatency }))}
            errorMessage={errors.extraLatency}
          />
        </div>
        <fieldset aria-describedby={errors.modes ? 'chaos-modes-error' : undefined}>
          <legend className="mb-2 text-sm font-medium">How requests fail</legend>
          <div className="flex flex-wrap gap-x-6 gap-y-2">
            {chaosModes.map((mode) => (
              <Checkbox key={mode} isSelected={draft.modes.includes(mode)} onChange={(selected) => toggleMode(mode, selected)}>
                {chaosModeLabels[mode]}
              </Checkbox>
            ))}
          </div>
          {errors.modes && (
            <p id="chaos-modes-error" className="mt-1 text-xs text-red-700 dark:text-red-400">
              {errors.modes}
            </p>
          )}
        </fieldset>
        <TextField
          label="Seed"
          description="Optional. With a seed, each repeated run fails the same requests."
          inputMode="numeric"
          value={draft.seed}
          onChange={(seed) => setDraft((previous) => ({ ...previous, seed }))}
          errorMessage={errors.seed}
          className="sm:max-w-[calc(50%-0.5rem)]"
        />
        <div className="flex flex-wrap gap-2">
          <Button type="submit" variant="primary" isPending={busy}>
            {running ? 'Update drill' : 'Start drill'}
          </Button>
          {running && (
            <Button onPress={() => void apply(null)} isPending={busy}>
              Stop drill
            </Button>
          )}
        </div>
      </form>
    </section>
  )
}
