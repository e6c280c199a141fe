import type { CleanupInsight } from '@/api/insight-cleanup'
import { groupKeys, type CleanupWindow, type GroupKey } from './cleanup-search'

/*
 * The clean-up page's rules, pure so they can be tested and written on the page as they are applied. An insight is a
 * candidate when it falls into a group; it is proposed for retiring (selected by default) only when it shows no sign of
 * use at all — and only once its public sharing has been checked.
 */

export type SignOfUse =
  | { kind: 'favorited' }
  | { kind: 'dashboards'; count: number }
  | { kind: 'viewed'; at: string }
  | { kind: 'alerts' }
  | { kind: 'shared' }
  | { kind: 'modified'; at: string }

export interface CleanupFacts {
  /** Insights with at least one alert. */
  alertIds: ReadonlySet<number>
  /** Insights whose public sharing was found enabled. */
  sharedIds: ReadonlySet<number>
  /** Insights whose sharing has been read (shared or not); the others are never proposed. */
  sharingChecked: ReadonlySet<number>
  /** The server's answer to `not_on_dashboard=true` where it has the filter; null means computed here. */
  notOnDashboardIds: ReadonlySet<number> | null
}

export interface DuplicateSet {
  /** The insight proposed to keep: on most dashboards, then viewed most recently, then the oldest. */
  keeper: CleanupInsight
  others: CleanupInsight[]
}

export interface Candidate {
  insight: CleanupInsight
  groups: GroupKey[]
  signs: SignOfUse[]
  /** For a duplicate: the insight of its set proposed to keep. */
  keeper: CleanupInsight | null
  /** Proposed for retiring: no sign of use, sharing checked. */
  proposed: boolean
}

export interface CleanupAnalysis {
  candidates: Candidate[]
  byGroup: Record<GroupKey, Candidate[]>
  duplicateSets: DuplicateSet[]
  /**
   * Candidates with no sign of use but, possibly, public sharing: the ones whose sharing must be read before they can
   * be proposed. It does not change as the reads come in, so the reads are not restarted by their own answers.
   */
  needSharingCheck: number[]
}

const DAY = 86_400_000

export function insightTitle(insight: Pick<CleanupInsight, 'name' | 'derived_name'>): string {
  return insight.name?.trim() || insight.derived_name?.trim() || 'Untitled insight'
}

function time(value: string | null | undefined): number {
  const parsed = value ? Date.parse(value) : Number.NaN
  return Number.isNaN(parsed) ? Number.NEGATIVE_INFINITY : parsed
}

interface InsightTimes {
  /** Unknown creation dates count as the newest. */
  created: number
  modified: number
  viewed: number
}

/**
 * Each insight's dates, parsed once: the rules run over every insight again when the window changes, and parsing
 * 30,000 dates each time held the main thread for tens of milliseconds.
 */
const parsedTimes = new WeakMap<CleanupInsight, InsightTimes>()

function timesOf(insight: CleanupInsight): InsightTimes {
  let times = parsedTimes.get(insight)
  if (!times) {
    const created = time(insight.created_at)
    times = {
      created: created === Number.NEGATIVE_INFINITY ? Number.MAX_SAFE_INTEGER : created,
      modified: time(insight.last_modified_at),
      viewed: time(insight.last_viewed_at),
    }
    parsedTimes.set(insight, times)
  }
  return times
}

/**
 * Parses the dates of every insight ahead of the rules, in slices of about `sliceMs` with a turn for the browser between
 * them, so the render that first applies the rules to thousands of insights does not do it in one task.
 */
export async function parseDatesAhead(insights: readonly CleanupInsight[], sliceMs = 8): Promise<void> {
  let sliceStart = performance.now()
  for (const insight of insights) {
    timesOf(insight)
    if (performance.now() - sliceStart >= sliceMs) {
      await new Promise((resolve) => setTimeout(resolve, 0))
      sliceStart = performance.now()
    }
  }
}

/** Orders a duplicate set: the insight to keep first. */
function compareKeepers(a: CleanupInsight, b: CleanupInsight): number {
  return (
    b.dashboards.length - a.dashboards.length ||
    timesOf(b).viewed - timesOf(a).viewed ||
    timesOf(a).created - timesOf(b).created ||
    a.id - b.id
  )
}

export function toDuplicateSets(sets: readonly (readonly CleanupInsight[])[]): DuplicateSet[] {
  return sets.map((set) => {
    const [keeper, ...others] = [...set].sort(compareKeepers)
    if (!keeper) throw new RangeError('a duplicate set has at least two insights')
    return { keeper, others }
  })
}

function signsOfUse(insight: CleanupInsight, facts: CleanupFacts, window: CleanupWindow, now: number): SignOfUse[] {
  const since = now - window * DAY
  const signs: SignOfUse[] = []
  if (insight.favorited) signs.push({ kind: 'favorited' })
  if (insight.dashboards.length > 0) signs.push({ kind: 'dashboards', count: insight.dashboards.length })
  if (insight.last_viewed_at && timesOf(insight).viewed >= since) signs.push({ kind: 'viewed', at: insight.last_viewed_at })
  if (facts.alertIds.has(insight.id)) signs.push({ kind: 'alerts' })
  if (facts.sharedIds.has(insight.id)) signs.push({ kind: 'shared' })
  if (timesOf(insight).modified >= since) signs.push({ kind: 'modified', at: insight.last_modified_at })
  return signs
}

function groupsOf(
  insight: CleanupInsight,
  facts: CleanupFacts,
  window: CleanupWindow,
  now: number,
  duplicateOf: ReadonlyMap<number, CleanupInsight>,
): GroupKey[] {
  const groups: GroupKey[] = []
  const onNoDashboard = facts.notOnDashboardIds ? facts.notOnDashboardIds.has(insight.id) : insight.dashboards.length === 0
  if (onNoDashboard) groups.push('no-dashboard')
  if (!insight.last_viewed_at || timesOf(insight).viewed < now - window * DAY) groups.push('unviewed')
  if (insight.is_sample) groups.push('samples')
  if (duplicateOf.has(insight.id)) groups.push('duplicates')
  if (insight.tags.length === 0 && !insight.description?.trim()) groups.push('undocumented')
  return groups
}

export function analyzeCleanup(
  insights: readonly CleanupInsight[],
  duplicateSets: readonly DuplicateSet[],
  facts: CleanupFacts,
  window: CleanupWindow,
  now: number,
): CleanupAnalysis {
  const duplicateOf = new Map<number, CleanupInsight>()
  for (const set of duplicateSets) for (const other of set.others) duplicateOf.set(other.id, set.keeper)
  const byGroup = Object.fromEntries(groupKeys.map((key) => [key, [] as Candidate[]])) as Record<GroupKey, Candidate[]>
  const candidates: Candidate[] = []
  const needSharingCheck: number[] = []
  for (const insight of insights) {
    const groups = groupsOf(insight, facts, window, now, duplicateOf)
    if (groups.length === 0) continue
    const signs = signsOfUse(insight, facts, window, now)
    const checked = facts.sharingChecked.has(insight.id)
    if (signs.every((sign) => sign.kind === 'shared')) needSharingCheck.push(insight.id)
    const candidate: Candidate = {
      insight,
      groups,
      signs,
      keeper: duplicateOf.get(insight.id) ?? null,
      proposed: signs.length === 0 && checked,
    }
    candidates.push(candidate)
    for (const group of groups) byGroup[group].push(candidate)
  }
  return { candidates, byGroup, duplicateSets: [...duplicateSets], needSharingCheck }
}

/**
 * `analyzeCleanup` with the public sharing read since: what `analyzeCleanup` gives with these facts, without running
 * the rules over every insight again for each answer. Sharing is read only for `needSharingCheck`, the candidates with
 * no other sign of use, so only they can change.
 */
export function withSharing(
  analysis: CleanupAnalysis,
  { sharedIds, sharingChecked }: Pick<CleanupFacts, 'sharedIds' | 'sharingChecked'>,
): CleanupAnalysis {
  const open = new Set(analysis.needSharingCheck)
  const byGroup = Object.fromEntries(groupKeys.map((key) => [key, [] as Candidate[]])) as Record<GroupKey, Candidate[]>
  const candidates = analysis.candidates.map((candidate) => {
    const id = candidate.insight.id
    const updated: Candidate = open.has(id)
      ? {
          ...candidate,
          signs: sharedIds.has(id) ? [{ kind: 'shared' }] : [],
          proposed: !sharedIds.has(id) && sharingChecked.has(id),
        }
      : candidate
    for (const group of updated.groups) byGroup[group].push(updated)
    return updated
  })
  return { ...analysis, candidates, byGroup }
}

export const groupLabels: Record<GroupKey, string> = {
  'no-dashboard': 'On no dashboard',
  unviewed: 'Not viewed',
  samples: 'Generated samples',
  duplicates: 'Duplicates',
  undocumented: 'Untagged, no description',
}

/** Why a candidate is listed, in words, for one of its groups. */
export function groupReason(group: GroupKey, candidate: Candidate, window: CleanupWindow): string {
  switch (group) {
    case 'no-dashboard':
      return 'On no dashboard'
    case 'unviewed':
      return candidate.insight.last_viewed_at ? `Not viewed in ${window} days` : 'Never viewed'
    case 'samples':
      return 'Generated sample, never edited'
    case 'duplicates':
      return `Same query as “${candidate.keeper ? insightTitle(candidate.keeper) : 'another insight'}”, which is kept`
    case 'undocumented':
      return 'No tags and no description'
  }
}

function daysAgo(at: string, now: number): string {
  const days = Math.max(0, Math.floor((now - Date.parse(at)) / DAY))
  return days === 0 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago`
}

/** Why a candidate might be kept, in words. */
export function signLabel(sign: SignOfUse, now: number): string {
  switch (sign.kind) {
    case 'favorited':
      return 'Favorited'
    case 'dashboards':
      return `On ${sign.count} dashboard${sign.count === 1 ? '' : 's'}`
    case 'viewed':
      return `Viewed ${daysAgo(sign.at, now)}`
    case 'alerts':
      return 'Has alerts'
    case 'shared':
      return 'Shared publicly'
    case 'modified':
      return `Modified ${daysAgo(sign.at, now)}`
  }
}
