import { useState, type RefObject } from 'react'
import { Dialog, Popover } from 'react-aria-components'
import { useEditInsightTags } from '@/api/insights'
import type { InsightBasic } from '@/api/schemas/insight'
import type { EarlyKeys } from '@/components/early-keys'
import { InlineTagEditor } from '@/components/tag-editor-inline'
import { notifyTagSaveFailed, sameTags } from '@/components/tag-editor-save'
import { useNoteWriteFailure } from '@/api/write-access'

interface RowTagsPopoverProps {
  anchor: RefObject<HTMLDivElement | null>
  insight: InsightBasic
  projectId: string
  name: string
  /** Keys typed while this popover's code was loading. */
  earlyKeys: EarlyKeys | null
  onClose: () => void
}

/** A row's tag editor over the row; mounted only while editing, so rows carry no mutation or tag query. */
export default function InlineTagsPopover({ anchor, insight, projectId, name, earlyKeys, onClose }: RowTagsPopoverProps) {
  // The row's tags when the popover opened: the edit is saved as what changed from them (see tagChanges).
  const [editedFrom] = useState<readonly string[]>(() => insight.tags)
  const [draft, setDraft] = useState<string[]>(() => [...insight.tags])
  // The save outlives this popover (it closes at once), so the returned promise reports the outcome, not callbacks.
  const editTags = useEditInsightTags(projectId)
  const noteFailure = useNoteWriteFailure('insight')

  const save = () => {
    onClose()
    if (sameTags(draft, editedFrom)) return
    const attempt = (): void => {
      editTags(insight.id, editedFrom, draft).catch((error: unknown) => {
        noteFailure(error)
        notifyTagSaveFailed(error, name, attempt)
      })
    }
    attempt()
  }

  return (
    <Popover
      triggerRef={anchor}
      isOpen
      // Only a click outside gets here (the editor handles Esc itself): like a picker, that keeps the change.
      onOpenChange={(open) => {
        if (!open) save()
      }}
      placement="bottom start"
      className="w-96 max-w-[calc(100vw-2rem)] rounded-lg border border-slate-200 bg-white p-3 shadow-lg outline-none dark:border-slate-700 dark:bg-slate-900"
    >
      <Dialog aria-label={`Edit tags of ${name}`} className="outline-none">
        <InlineTagEditor
          projectId={projectId}
          label={`Tags of ${name}`}
          value={draft}
          onChange={setDraft}
          onSave={save}
          onCancel={onClose}
          earlyKeys={earlyKeys}
        />
      </Dialog>
    </Popover>
  )
}
