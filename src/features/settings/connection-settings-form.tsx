import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useState, type FormEvent } from 'react'
import { Form } from 'react-aria-components'
import { describeError } from '@/api/error-message'
import { applyConnectionMode } from './demo-bridge'
import { reloadAllQueries } from '@/api/reload-all-queries'
import { Button } from '@/components/button'
import { Checkbox } from '@/components/checkbox'
import { notify } from '@/components/notify'
import { RadioGroup } from '@/components/radio-group'
import { TextField } from '@/components/text-field'
import { devProxyTarget, effectiveConnection, useConnectionStore, type ConnectionSettings } from '@/stores/connection-store'
import { checkCompatibility } from './compatibility-check'
import { CompatibilityReportTable } from './compatibility-report-table'
import { connectionFingerprint, useCompatibilityReports, type CompatibilityReport } from '@/stores/compatibility-store'
import { normalizeConnection, validateConnection, type ConnectionErrors } from './validate-connection'

type CheckState =
  | { state: 'idle' }
  | { state: 'checking' }
  | { state: 'done'; report: CompatibilityReport }
  | { state: 'error'; title: string; message: string }

function pickSettings(s: ConnectionSettings): ConnectionSettings {
  return {
    mode: s.mode,
    host: s.host,
    apiKey: s.apiKey,
    projectId: s.projectId,
    pathFamily: s.pathFamily,
    rememberKey: s.rememberKey,
  }
}

export function ConnectionSettingsForm() {
  const saved = useConnectionStore()
  const save = useConnectionStore((s) => s.save)
  const queryClient = useQueryClient()
  const [draft, setDraft] = useState<ConnectionSettings>(() => pickSettings(saved))
  const [errors, setErrors] = useState<ConnectionErrors>({})
  const [check, setCheck] = useState<CheckState>({ state: 'idle' })
  const viaDevProxy = Boolean(devProxyTarget)
  const effectiveDraft = effectiveConnection(draft)
  const keep = useCompatibilityReports((state) => state.keep)
  const [fingerprint, setFingerprint] = useState<string | null>(null)
  const keptReport = useCompatibilityReports((state) => (fingerprint ? state.reports[fingerprint] : undefined))

  // The last report of the connection as it now stands in the form (each host, key and project has its own).
  const { mode, host, apiKey, projectId, pathFamily } = normalizeConnection(effectiveDraft)
  useEffect(() => {
    let current = true
    void connectionFingerprint({ mode, host, apiKey, projectId, pathFamily, rememberKey: false }).then((next) => {
      if (current) setFingerprint(next)
    })
    return () => {
      current = false
    }
  }, [mode, host, apiKey, projectId, pathFamily])

  const update = (patch: Partial<ConnectionSettings>) => {
    setDraft((d) => ({ ...d, ...patch }))
    setCheck({ state: 'idle' })
  }

  const checked = (): ConnectionSettings | null => {
    const normalized = normalizeConnection(effectiveDraft)
    const found = validateConnection(normalized, viaDevProxy)
    setErrors(found)
    return Object.keys(found).length === 0 ? normalized : null
  }

  const runCheck = async () => {
    const candidate = checked()
    if (!candidate) return
    setCheck({ state: 'checking' })
    try {
      // The mock answers only once its worker runs, so checking mock mode starts it if needed.
      if (candidate.mode === 'mock') await applyConnectionMode('mock')
      const outcome = await checkCompatibility(candidate)
      if (outcome.connectionError) {
        setCheck({ state: 'error', ...describeError(outcome.connectionError) })
        return
      }
      const report: CompatibilityReport = {
        checkedAt: new Date().toISOString(),
        summary: outcome.summary,
        checks: outcome.checks,
      }
      const key = await connectionFingerprint(candidate)
      if (key) keep(key, report)
      setCheck({ state: 'done', report })
    } catch (error) {
      setCheck({ state: 'error', ...describeError(error) })
    }
  }

  const shownReport = check.state === 'done' ? check.report : check.state === 'idle' ? keptReport : undefined

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    const candidate = checked()
    if (!candidate) return
    const modeChanged = candidate.mode !== saved.mode
    save(viaDevProxy ? { ...candidate, mode: saved.mode, host: saved.host } : candidate)
    if (modeChanged) await applyConnectionMode(candidate.mode)
    await reloadAllQueries(queryClient)
    notify('success', 'Connection settings saved')
  }

  return (
    <Form onSubmit={(e) => void onSubmit(e)} validationBehavior="aria" className="max-w-xl space-y-6">
      {viaDevProxy ? (
        <p className="rounded-md border border-blue-200 bg-blue-50 p-3 text-sm text-blue-900 dark:border-blue-900 dark:bg-blue-950 dark:text-blue-200">
          The dev server proxies <code>/api</code> to <strong>{devProxyTarget}</strong> (POSTHOG_HOST), so the in-browser mock is
          off. Enter the API key and project for that host.
        </p>
      ) : (
        <RadioGroup
          label="Data source"
          value={draft.mode}
          onChange={(mode) => update({ mode })}
          options={[
            { value: 'mock', label: 'In-browser mock', description: 'Demo data generated in this browser. No account needed.' },
            {
              value: 'api',
              label: 'PostHog API',
              description: 'A PostHog instance, or the local HTTP mock server, with a personal API key.',
            },
          ]}
        />
      )}

      {effectiveDraft.mode === 'api' && (
        <div className="space-y-4">
          {!viaDevProxy && (
            <TextField
              label="Host URL"
              type="url"
              value={draft.host}
              onChange={(host) => update({ host })}
              placeholder="https://us.posthog.com"
              description="The PostHog instance, or http://127.0.0.1:8010 for `npm run mock:serve`. It must allow requests from this page (CORS)."
              {...(errors.host ? { errorMessage: errors.host } : {})}
            />
          )}
          <TextField
            label="Personal API key"
            type="password"
            autoComplete="off"
            value={draft.apiKey}
            onChange={(apiKey) => update({ apiKey })}
            description="Sent only in the Authorization header. Kept for this browser tab unless you choose to remember it."
            {...(errors.apiKey ? { errorMessage: errors.apiKey } : {})}
          />
          <Checkbox isSelected={draft.rememberKey} onChange={(rememberKey) => update({ rememberKey })}>
            Remember on this device
          </Checkbox>
          <RadioGroup
            label="Path family"
            orientation="horizontal"
            value={draft.pathFamily}
            onChange={(pathFamily) => update({ pathFamily })}
            options={[
              { value: 'projects', label: '/api/projects/' },
              { value: 'environments', label: '/api/environments/' },
            ]}
          />
        </div>
      )}

      <TextField
        label="Project id"
        inputMode="numeric"
        value={draft.projectId}
        onChange={(projectId) => update({ projectId })}
        description={
          effectiveDraft.mode === 'mock' ? 'The mock has projects 1 and 2.' : 'Shown in PostHog under Project settings.'
        }
        {...(errors.projectId ? { errorMessage: errors.projectId } : {})}
      />

      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="primary">
          Save
        </Button>
        <Button onPress={() => void runCheck()} isDisabled={check.state === 'checking'}>
          {check.state === 'checking' ? 'Checking…' : 'Check compatibility'}
        </Button>
      </div>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Checking asks the host which features this key can read (GET requests only; nothing is changed).
      </p>

      <div aria-live="polite">
        {check.state === 'checking' && <p role="status">Checking compatibility…</p>}
        {check.state === 'done' && (
          <p role="status" className="sr-only">
            Compatibility checked: {check.report.checks.filter((c) => c.state === 'works').length} of {check.report.checks.length}{' '}
            features work.
          </p>
        )}
        {check.state === 'error' && (
          <div
            role="alert"
            className="rounded-md border border-red-200 bg-red-50 p-3 text-sm dark:border-red-900 dark:bg-red-950/40"
          >
            <p className="font-semibold text-red-900 dark:text-red-200">Connection failed: {check.title}</p>
            <p className="break-words text-red-800 dark:text-red-300">{check.message}</p>
          </div>
        )}
      </div>
      {shownReport && (
        <section aria-label="Compatibility report">
          <CompatibilityReportTable report={shownReport} />
        </section>
      )}
    </Form>
  )
}
