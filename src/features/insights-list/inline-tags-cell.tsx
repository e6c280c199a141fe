import { Pencil } from 'lucide-react'
import { useRef, useState } from 'react'
import { insightDisplayName, type InsightBasic } from '@/api/schemas/insight'
import { captureEarlyKeys, type EarlyKeys } from '@/components/early-keys'
import { lazyCode, lazyComponent } from '@/lib/lazy-code'
import { TagList } from './insight-title'

// The editor (combobox, tag group, popover) is fetched on the first edit, not with the list.
const popoverCode = lazyCode(() => import('./inline-tags-popover').then((module) => module.default))
const InlineTagsPopover = lazyComponent(popoverCode)

/** Marks the button that `t` presses on the focused row (see use-list-shortcuts.ts). */
export const ROW_TAGS_EDIT_ATTRIBUTE = 'data-row-tags-edit'

interface InlineTagsProps {
  insight: InsightBasic
  projectId: string
  term: string | undefined
  writeDisabledReason: string | null
}

/**
 * A row's tags: a click on them, their pencil button or `t` on the row opens the tag editor in a popover over the row.
 * Save (or Enter on the empty field, or a click outside) shows the new tags at once; Esc or Cancel leaves them.
 */
export function InlineTags({ insight, projectId, term, writeDisabledReason }: InlineTagsProps) {
  const [isEditing, setEditing] = useState(false)
  const [earlyKeys, setEarlyKeys] = useState<EarlyKeys | null>(null)
  const startEditing = () => {
    setEarlyKeys(captureEarlyKeys())
    setEditing(true)
  }
  const anchor = useRef<HTMLDivElement>(null)
  const name = insightDisplayName(insight)
  const canEdit = writeDisabledReason === null

  return (
    <div ref={anchor} className="group flex min-w-0 items-start gap-1">
      {/* A click on the chips is a shortcut for the mouse; the button and `t` are the ways in for everyone. */}
      <div
        className={`min-w-0 flex-1 ${canEdit ? 'cursor-pointer' : ''}`}
        onClick={() => {
          if (canEdit) startEditing()
        }}
      >
        <TagList tags={insight.tags} term={term} />
      </div>
      <span title={writeDisabledReason ?? undefined} className="inline-flex shrink-0">
        <button
          type="button"
          {...{ [ROW_TAGS_EDIT_ATTRIBUTE]: '' }}
          aria-label={`Edit tags of ${name}`}
          aria-keyshortcuts="t"
          disabled={!canEdit}
          onClick={startEditing}
          // Fetched while the pointer or focus is on the way, so the editor opens without a wait.
          onPointerEnter={() => void popoverCode.load()}
          onFocus={() => void popoverCode.load()}
          className="rounded p-1 text-slate-500 opacity-0 outline-none group-hover:opacity-100 hover:bg-slate-100 hover:text-slate-800 focus-visible:opacity-100 focus-visible:ring-2 focus-visible:ring-blue-500 disabled:cursor-not-allowed disabled:group-hover:opacity-50 dark:text-slate-400 dark:hover:bg-slate-800 dark:hover:text-slate-100"
        >
          <Pencil aria-hidden className="size-3.5" />
        </button>
      </span>
      {isEditing && (
        <InlineTagsPopover
          anchor={anchor}
          insight={insight}
          projectId={projectId}
          name={name}
          earlyKeys={earlyKeys}
          onClose={() => setEditing(false)}
        />
      )}
    </div>
  )
}
