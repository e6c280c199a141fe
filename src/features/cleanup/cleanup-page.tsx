import { getRouteApi, Link } from '@tanstack/react-router'
import { Sparkles } from 'lucide-react'
import { useCallback, useMemo, useState } from 'react'
import type { CleanupInsight } from '@/api/insight-cleanup'
import { useWriteDeniedReason } from '@/api/write-access'
import { Button } from '@/components/button'
import { EmptyState } from '@/components/empty-state'
import { ErrorState } from '@/components/error-state'
import { InsightProgressBar } from '@/components/insight-progress-bar'
import { PageHeading } from '@/components/page-heading'
import { RadioGroup } from '@/components/radio-group'
import { ActionPreviewDialog } from './action-preview-dialog'
import { CandidateTable, type SharingState } from './candidate-table'
import {
  analyzeCleanup,
  groupLabels,
  insightTitle,
  toDuplicateSets,
  withSharing,
  type Candidate,
  type DuplicateSet,
} from './cleanup-rules'
import { cleanupWindows, groupKeys, type CleanupWindow, type GroupKey } from './cleanup-search'
import { CleanupRulesText } from './cleanup-rules-text'
import { CleanupRunReport } from './cleanup-run-report'
import type { PlannedAction } from './retire-plan-csv'
import { RetiredTrailSection } from './retired-trail-section'
import { useRetiredTrail } from './retired-trail-store'
import { useCleanupActions, type ActionTarget } from './use-cleanup-actions'
import { useCleanupScan } from './use-cleanup-scan'
import { useSharingChecks } from './use-sharing-checks'

const route = getRouteApi('/project/$projectId/cleanup')

const NONE: readonly number[] = []
const NO_IDS: ReadonlySet<number> = new Set()
const insights = (count: number) => `${count} insight${count === 1 ? '' : 's'}`

function target(insight: Pick<CleanupInsight, 'id' | 'short_id' | 'name' | 'derived_name' | 'dashboards'>): ActionTarget {
  return { id: insight.id, shortId: insight.short_id, name: insightTitle(insight), dashboards: insight.dashboards }
}

/** Duplicate sets without the insights retired since the scan; a set left with one insight is no longer a set. */
function liveSets(sets: readonly DuplicateSet[], retired: ReadonlySet<number>): DuplicateSet[] {
  if (retired.size === 0) return [...sets]
  return toDuplicateSets(
    sets.map((set) => [set.keeper, ...set.others].filter((insight) => !retired.has(insight.id))).filter((set) => set.length > 1),
  )
}

/**
 * The clean-up page: every insight of the project read once, sorted into groups of candidates for retiring, each
 * saying why it is listed and why it might be kept; selected ones are retired (soft-deleted) or tagged after a preview.
 */
export function CleanupPage() {
  const { projectId } = route.useParams()
  const search = route.useSearch()
  const navigate = route.useNavigate()
  const window: CleanupWindow = search.days ?? 90
  const group: GroupKey = search.group ?? 'no-dashboard'
  const writeDenied = useWriteDeniedReason('insight')
  const writable = writeDenied === null

  const scan = useCleanupScan(projectId)
  const allRetired = useRetiredTrail((state) => state.entries)
  const trail = useMemo(() => allRetired.filter((entry) => entry.projectId === projectId), [allRetired, projectId])
  const retired = useMemo(() => new Set(trail.map((entry) => entry.id)), [trail])
  const finished = scan.status === 'done' || scan.status === 'stopped'
  const now = scan.finishedAt ?? 0

  const live = useMemo(() => scan.insights.filter((insight) => !retired.has(insight.id)), [scan.insights, retired])
  const sets = useMemo(() => liveSets(scan.duplicateSets, retired), [scan.duplicateSets, retired])
  const factsWithoutSharing = useMemo(
    () => ({ alertIds: scan.alertIds, sharedIds: NO_IDS, sharingChecked: NO_IDS, notOnDashboardIds: scan.notOnDashboardIds }),
    [scan.alertIds, scan.notOnDashboardIds],
  )
  // The rules run once per scan and window; sharing answers then change only the candidates they are about.
  const withoutSharing = useMemo(
    () => (finished ? analyzeCleanup(live, sets, factsWithoutSharing, window, now) : null),
    [finished, live, sets, factsWithoutSharing, window, now],
  )
  const sharing = useSharingChecks(projectId, withoutSharing?.needSharingCheck ?? NONE)
  const analysis = useMemo(
    () =>
      withSharing(withoutSharing ?? analyzeCleanup([], [], factsWithoutSharing, window, now), {
        sharedIds: sharing.shared,
        sharingChecked: sharing.checked,
      }),
    [withoutSharing, factsWithoutSharing, sharing.shared, sharing.checked, window, now],
  )

  const [overrides, setOverrides] = useState<ReadonlyMap<number, boolean>>(new Map())
  const isSelected = useCallback((candidate: Candidate) => overrides.get(candidate.insight.id) ?? candidate.proposed, [overrides])
  const select = useCallback((candidate: Candidate, selected: boolean) => {
    setOverrides((current) => new Map(current).set(candidate.insight.id, selected))
  }, [])
  const selected = analysis.candidates.filter(isSelected)
  const sharingState = useCallback(
    (candidate: Candidate): SharingState =>
      sharing.checked.has(candidate.insight.id) ? 'checked' : sharing.failed.has(candidate.insight.id) ? 'failed' : 'pending',
    [sharing.checked, sharing.failed],
  )

  const actions = useCleanupActions(projectId)
  const [preview, setPreview] = useState<PlannedAction | null>(null)
  const busy = actions.run?.status === 'running'
  const retire = (targets: readonly ActionTarget[]) => void actions.start('retire', targets)
  const restore = (targets: readonly ActionTarget[]) => void actions.start('restore', targets)

  const groupCandidates = analysis.byGroup[group]
  const setGroup = (next: GroupKey) => void navigate({ search: (previous) => ({ ...previous, group: next }), replace: true })
  const setWindow = (next: CleanupWindow) => void navigate({ search: (previous) => ({ ...previous, days: next }), replace: true })

  return (
    <div>
      <PageHeading
        title="Clean-up"
        description="Insights nobody seems to use, in groups. Nothing is changed until you review a plan; everything retired here can be restored."
      />
      <CleanupRulesText window={window} />

      <section aria-label="Scan" className="mb-4 flex flex-col gap-2">
        {scan.status === 'reading' && (
          <div className="flex flex-wrap items-end gap-3">
            <div className="min-w-64 flex-1">
              <InsightProgressBar label="Reading insights" done={scan.loaded} total={scan.total ?? scan.loaded} />
            </div>
            <Button onPress={scan.stop}>Stop</Button>
          </div>
        )}
        <p role="status" className="text-sm">
          {scan.status === 'reading'
            ? null
            : scan.status === 'comparing'
              ? `Comparing the queries of ${insights(scan.loaded)} for duplicates…`
              : scan.status === 'done'
                ? `Found ${analysis.candidates.length} candidates among ${insights(live.length)}.`
                : scan.status === 'stopped'
                  ? `Stopped after reading ${scan.loaded} of ${insights(scan.total ?? scan.loaded)}: the groups count only those. Found ${analysis.candidates.length} candidates.`
                  : null}
        </p>
        {finished && (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {scan.notOnDashboardIds
              ? 'This PostHog filters “not on a dashboard” itself (not_on_dashboard); that group is its answer.'
              : 'This PostHog has no “not on a dashboard” filter, so that group is computed here from each insight’s dashboards.'}{' '}
            {sharing.pending > 0 && `Checking public sharing of ${insights(sharing.pending)}… `}
            {scan.alertsError !== null && 'Alerts could not be read, so “has alerts” is not shown. '}
            <Button variant="ghost" className="px-1.5 py-0.5 text-sm" onPress={scan.restart}>
              Scan again
            </Button>
          </p>
        )}
        {sharing.failed.size > 0 && (
          <p className="text-sm text-red-800 dark:text-red-300">
            The public sharing of {insights(sharing.failed.size)} could not be read; they are not proposed.{' '}
            <Button variant="ghost" className="px-1.5 py-0.5 text-sm" onPress={sharing.retryFailed}>
              Check again
            </Button>
          </p>
        )}
        {scan.status === 'failed' && <ErrorState error={scan.error} onRetry={scan.restart} retryLabel="Scan again" />}
        {writeDenied && <p className="text-sm text-amber-800 dark:text-amber-200">Read-only: {writeDenied}</p>}
      </section>

      {actions.run && (
        <CleanupRunReport
          run={actions.run}
          onRetry={(run) => void actions.start(run.kind, run.failed, run.tag, run.succeeded)}
          onUndo={restore}
          onDismiss={actions.dismiss}
        />
      )}

      {finished && (
        <>
          <div className="mb-4 flex flex-wrap items-end justify-between gap-4">
            <RadioGroup
              label="Not viewed in"
              orientation="horizontal"
              value={String(window)}
              options={cleanupWindows.map((days) => ({ value: String(days), label: `${days} days` }))}
              onChange={(value) => setWindow(Number(value) as CleanupWindow)}
            />
            <div className="flex flex-wrap items-center gap-2">
              <span role="status" className="text-sm font-medium">
                {selected.length} selected
              </span>
              <Button onPress={() => setOverrides(new Map())}>Proposed only</Button>
              <Button
                onPress={() =>
                  setOverrides(
                    new Map(analysis.candidates.filter((candidate) => candidate.proposed).map((c) => [c.insight.id, false])),
                  )
                }
              >
                Clear selection
              </Button>
              <Button isDisabled={!writable || busy || selected.length === 0} onPress={() => setPreview('tag')}>
                Tag selection…
              </Button>
              <Button
                variant="danger"
                isDisabled={!writable || busy || selected.length === 0}
                onPress={() => setPreview('retire')}
              >
                Retire selection…
              </Button>
            </div>
          </div>

          <nav aria-label="Groups" className="mb-3 flex flex-wrap gap-1 border-b border-slate-200 dark:border-slate-700">
            {groupKeys.map((key) => (
              <Link
                key={key}
                from="/project/$projectId/cleanup"
                to="."
                search={(previous) => ({ ...previous, group: key })}
                replace
                aria-current={key === group ? 'page' : undefined}
                onClick={(event) => {
                  event.preventDefault()
                  setGroup(key)
                }}
                className="-mb-px rounded-t-md border-b-2 border-transparent px-3 py-2 text-sm font-medium text-slate-600 hover:text-slate-900 aria-[current=page]:border-blue-600 aria-[current=page]:text-blue-700 dark:text-slate-300 dark:aria-[current=page]:text-blue-300"
              >
                {groupLabels[key]} <span className="tabular-nums">({analysis.byGroup[key].length})</span>
              </Link>
            ))}
          </nav>

          {groupCandidates.length === 0 ? (
            <EmptyState icon={Sparkles} title="Nothing in this group" description="No insight of this project falls into it." />
          ) : group === 'duplicates' ? (
            <DuplicateSets
              projectId={projectId}
              sets={sets}
              candidates={groupCandidates}
              window={window}
              now={now}
              isSelected={isSelected}
              onSelect={select}
              sharingState={sharingState}
              writable={writable}
            />
          ) : (
            <CandidateTable
              key={`${group}-${window}`}
              projectId={projectId}
              caption={groupLabels[group]}
              candidates={groupCandidates}
              window={window}
              now={now}
              isSelected={isSelected}
              onSelect={select}
              sharingState={sharingState}
              writable={writable}
            />
          )}
        </>
      )}

      <RetiredTrailSection
        projectId={projectId}
        entries={trail}
        busy={busy}
        writable={writable}
        onRestore={(entries) => restore(entries)}
      />

      {preview && (
        <ActionPreviewDialog
          action={preview}
          candidates={selected}
          window={window}
          now={now}
          onClose={() => setPreview(null)}
          onConfirm={(tag) => {
            const targets = selected.map((candidate) => target(candidate.insight))
            if (preview === 'retire') retire(targets)
            else void actions.start('tag', targets, tag)
          }}
        />
      )}
    </div>
  )
}

interface DuplicateSetsProps {
  projectId: string
  sets: readonly DuplicateSet[]
  candidates: readonly Candidate[]
  window: CleanupWindow
  now: number
  isSelected: (candidate: Candidate) => boolean
  onSelect: (candidate: Candidate, selected: boolean) => void
  sharingState: (candidate: Candidate) => SharingState
  writable: boolean
}

/** Duplicates as sets: the insight proposed to keep, then the copies that are candidates. */
function DuplicateSets({ sets, candidates, ...rest }: DuplicateSetsProps) {
  const byId = new Map(candidates.map((candidate) => [candidate.insight.id, candidate]))
  return (
    <ol className="flex flex-col gap-6">
      {sets.map((set) => {
        const members = set.others.flatMap((insight) => byId.get(insight.id) ?? [])
        const label = `${set.others.length + 1} insights with the same query as “${insightTitle(set.keeper)}”`
        return (
          <li key={set.keeper.id} aria-label={label}>
            <h3 className="mb-1 text-sm font-semibold">{label}</h3>
            <CandidateTable {...rest} caption={label} candidates={members} keeper={set.keeper} />
          </li>
        )
      })}
    </ol>
  )
}
