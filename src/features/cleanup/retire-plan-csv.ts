import { toCsv } from '@/lib/csv'
import { groupReason, insightTitle, signLabel, type Candidate } from './cleanup-rules'
import type { CleanupWindow } from './cleanup-search'

export type PlannedAction = 'retire' | 'tag'

/**
 * The plan as a spreadsheet, for review or the record before anything changes: each insight, what will be done, why it
 * is listed, why it might be kept, and whether the page proposed it or someone overrode its signs of use.
 */
export function retirePlanCsv(
  candidates: readonly Candidate[],
  action: PlannedAction,
  window: CleanupWindow,
  now: number,
  tag = '',
): string {
  const rows = candidates.map((candidate) => [
    String(candidate.insight.id),
    candidate.insight.short_id,
    insightTitle(candidate.insight),
    action === 'retire' ? 'soft-delete (deleted: true)' : `add tag "${tag}"`,
    candidate.groups.map((group) => groupReason(group, candidate, window)).join('; '),
    candidate.signs.map((sign) => signLabel(sign, now)).join('; '),
    candidate.proposed ? 'proposed' : 'selected by override',
  ])
  return toCsv(['id', 'short_id', 'name', 'action', 'listed because', 'might be kept because', 'selection'], rows)
}
