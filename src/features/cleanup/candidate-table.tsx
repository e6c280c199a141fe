import { Link } from '@tanstack/react-router'
import { useState } from 'react'
import { Button } from '@/components/button'
import { groupReason, insightTitle, signLabel, type Candidate } from './cleanup-rules'
import type { CleanupWindow } from './cleanup-search'

export type SharingState = 'pending' | 'failed' | 'checked'

/** Rows rendered at first and per "Show more": a group can hold thousands of insights. */
const ROWS_PER_STEP = 50

interface CandidateTableProps {
  projectId: string
  caption: string
  candidates: readonly Candidate[]
  window: CleanupWindow
  now: number
  isSelected: (candidate: Candidate) => boolean
  onSelect: (candidate: Candidate, selected: boolean) => void
  /** Whether a candidate's public sharing has been read: until it is, the candidate is never proposed. */
  sharingState: (candidate: Candidate) => SharingState
  /** The insight of a duplicate set proposed to keep, shown above the others. */
  keeper?: Candidate['insight']
  writable: boolean
}

export function CandidateTable({
  projectId,
  caption,
  candidates,
  window,
  now,
  isSelected,
  onSelect,
  sharingState,
  keeper,
  writable,
}: CandidateTableProps) {
  const [shown, setShown] = useState(ROWS_PER_STEP)
  const rows = candidates.slice(0, shown)
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-200 text-slate-600 dark:border-slate-700 dark:text-slate-400">
          <tr>
            <th scope="col" className="w-10 px-2 py-2">
              <span className="sr-only">Selected</span>
            </th>
            <th scope="col" className="px-2 py-2">
              Insight
            </th>
            <th scope="col" className="px-2 py-2">
              Listed because
            </th>
            <th scope="col" className="px-2 py-2">
              Might be kept because
            </th>
          </tr>
        </thead>
        <tbody>
          {keeper && (
            <tr className="border-b border-slate-100 bg-emerald-50/60 dark:border-slate-800 dark:bg-emerald-950/30">
              <td className="px-2 py-2" />
              <td className="px-2 py-2">
                <InsightLink projectId={projectId} shortId={keeper.short_id} title={insightTitle(keeper)} />
              </td>
              <td className="px-2 py-2" colSpan={2}>
                <span className="rounded bg-emerald-100 px-1.5 py-0.5 text-xs font-medium text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100">
                  Proposed to keep
                </span>{' '}
                {keeper.dashboards.length > 0
                  ? `on ${keeper.dashboards.length} dashboard${keeper.dashboards.length === 1 ? '' : 's'}`
                  : keeper.last_viewed_at
                    ? 'viewed most recently'
                    : 'the oldest'}
              </td>
            </tr>
          )}
          {rows.map((candidate) => (
            <CandidateRow
              key={candidate.insight.id}
              projectId={projectId}
              candidate={candidate}
              window={window}
              now={now}
              selected={isSelected(candidate)}
              onSelect={onSelect}
              sharing={sharingState(candidate)}
              writable={writable}
            />
          ))}
        </tbody>
      </table>
      {candidates.length > shown && (
        <div className="mt-3">
          <Button onPress={() => setShown((count) => count + ROWS_PER_STEP)}>
            Show {Math.min(ROWS_PER_STEP, candidates.length - shown)} more of {candidates.length - shown}
          </Button>
        </div>
      )}
    </div>
  )
}

function InsightLink({ projectId, shortId, title }: { projectId: string; shortId: string; title: string }) {
  return (
    <Link
      to="/project/$projectId/insights/$shortId"
      params={{ projectId, shortId }}
      dir="auto"
      className="font-medium break-words text-blue-700 underline-offset-2 hover:underline dark:text-blue-300"
    >
      {title}
    </Link>
  )
}

interface CandidateRowProps {
  projectId: string
  candidate: Candidate
  window: CleanupWindow
  now: number
  selected: boolean
  onSelect: (candidate: Candidate, selected: boolean) => void
  sharing: SharingState
  writable: boolean
}

function CandidateRow({ projectId, candidate, window, now, selected, onSelect, sharing, writable }: CandidateRowProps) {
  const title = insightTitle(candidate.insight)
  const protectedBySigns = candidate.signs.length > 0
  const sharingUnknown = !protectedBySigns && sharing !== 'checked'
  // An insight with a sign of use (or unread sharing) is selected only by an explicit override, never by its box.
  const locked = !writable || ((protectedBySigns || sharingUnknown) && !selected)
  const override = writable && !selected && (protectedBySigns || sharing === 'failed') && (
    <Button
      variant="ghost"
      className="px-1.5 py-0.5 text-xs"
      aria-label={`Select ${title} anyway`}
      onPress={() => onSelect(candidate, true)}
    >
      Select anyway
    </Button>
  )
  return (
    <tr className="border-b border-slate-100 align-top dark:border-slate-800">
      <td className="px-2 py-2">
        <input
          type="checkbox"
          aria-label={`Select ${title}`}
          checked={selected}
          disabled={locked}
          onChange={(event) => onSelect(candidate, event.target.checked)}
          className="size-4 accent-blue-600"
        />
      </td>
      <td className="px-2 py-2">
        <InsightLink projectId={projectId} shortId={candidate.insight.short_id} title={title} />
      </td>
      <td className="px-2 py-2">
        <ul className="flex flex-col gap-0.5">
          {candidate.groups.map((group) => (
            <li key={group}>{groupReason(group, candidate, window)}</li>
          ))}
        </ul>
      </td>
      <td className="px-2 py-2">
        {protectedBySigns ? (
          <div className="flex flex-col items-start gap-1">
            <ul className="flex flex-wrap gap-1">
              {candidate.signs.map((sign) => (
                <li
                  key={sign.kind}
                  className="rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900 dark:bg-amber-900 dark:text-amber-100"
                >
                  {signLabel(sign, now)}
                </li>
              ))}
            </ul>
            {override}
          </div>
        ) : sharing === 'pending' ? (
          <span className="text-slate-600 dark:text-slate-400">Checking public sharing…</span>
        ) : sharing === 'failed' ? (
          <div className="flex flex-col items-start gap-1">
            <span className="text-slate-600 dark:text-slate-400">Public sharing could not be read</span>
            {override}
          </div>
        ) : (
          <span className="text-slate-600 dark:text-slate-400">No sign of use</span>
        )}
      </td>
    </tr>
  )
}
