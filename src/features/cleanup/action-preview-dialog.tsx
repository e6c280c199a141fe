import { Download } from 'lucide-react'
import { useState } from 'react'
import { Button } from '@/components/button'
import { Dialog } from '@/components/dialog'
import { TextField } from '@/components/text-field'
import { tagify } from '@/api/insights'
import { downloadTextFile } from '@/lib/download-file'
import { groupReason, insightTitle, type Candidate } from './cleanup-rules'
import type { CleanupWindow } from './cleanup-search'
import { retirePlanCsv, type PlannedAction } from './retire-plan-csv'

/** Insights named in the preview; the rest are counted (the CSV has them all). */
const PREVIEW_ROWS = 8

interface ActionPreviewDialogProps {
  action: PlannedAction
  candidates: readonly Candidate[]
  window: CleanupWindow
  now: number
  onConfirm: (tag: string) => void
  onClose: () => void
}

const insights = (count: number) => `${count} insight${count === 1 ? '' : 's'}`

/**
 * Nothing is changed without this preview: what will be done to how many insights, the first of them with their
 * reasons, how many were selected against their signs of use, and the whole plan as CSV.
 */
export function ActionPreviewDialog({ action, candidates, window, now, onConfirm, onClose }: ActionPreviewDialogProps) {
  const [tagText, setTagText] = useState('archive')
  const tag = tagify([tagText])[0] ?? ''
  const overridden = candidates.filter((candidate) => !candidate.proposed).length
  const retiring = action === 'retire'
  const title = retiring ? `Retire ${insights(candidates.length)}?` : `Tag ${insights(candidates.length)}?`
  return (
    <Dialog title={title} role="alertdialog" isOpen onOpenChange={(open) => !open && onClose()} size="lg">
      {(close) => (
        <div className="flex flex-col gap-4 text-sm">
          <p>
            {retiring
              ? 'Each is soft-deleted, as PostHog does (PATCH deleted: true): it leaves PostHog’s lists and dashboards but is kept, and can be restored from “Retired here” on this page or with Undo.'
              : 'The tag is added to each (bulk_update_tags); nothing else changes, and the tag can be removed later in the tag manager.'}
          </p>
          {!retiring && (
            <TextField
              label="Tag"
              value={tagText}
              onChange={setTagText}
              autoFocus
              errorMessage={tag ? undefined : 'Enter a tag.'}
            />
          )}
          {overridden > 0 && (
            <p className="rounded-md bg-amber-50 p-2 text-amber-900 dark:bg-amber-950 dark:text-amber-100">
              {insights(overridden)} {overridden === 1 ? 'shows' : 'show'} signs of use and {overridden === 1 ? 'was' : 'were'}{' '}
              selected by override.
            </p>
          )}
          <ul className="flex flex-col gap-1">
            {candidates.slice(0, PREVIEW_ROWS).map((candidate) => (
              <li key={candidate.insight.id}>
                <span dir="auto" className="font-medium break-words">
                  {insightTitle(candidate.insight)}
                </span>
                <span className="text-slate-600 dark:text-slate-400">
                  {' '}
                  — {candidate.groups.map((group) => groupReason(group, candidate, window)).join('; ')}
                </span>
              </li>
            ))}
            {candidates.length > PREVIEW_ROWS && (
              <li className="text-slate-600 dark:text-slate-400">and {insights(candidates.length - PREVIEW_ROWS)} more</li>
            )}
          </ul>
          <div className="flex flex-wrap justify-end gap-2">
            <Button
              onPress={() =>
                downloadTextFile(
                  `insight-cleanup-plan-${new Date().toISOString().slice(0, 10)}.csv`,
                  retirePlanCsv(candidates, action, window, now, tag),
                )
              }
            >
              <Download aria-hidden className="size-4" />
              Download plan (CSV)
            </Button>
            <Button onPress={close}>Cancel</Button>
            <Button
              variant={retiring ? 'danger' : 'primary'}
              isDisabled={!retiring && !tag}
              onPress={() => {
                onConfirm(tag)
                close()
              }}
            >
              {retiring ? `Retire ${insights(candidates.length)}` : `Add “${tag}” to ${insights(candidates.length)}`}
            </Button>
          </div>
        </div>
      )}
    </Dialog>
  )
}
