import { Pencil } from 'lucide-react'
import { useEffect, useRef, useState } from 'react'
import { Button } from '@/components/button'
import { captureEarlyKeys, type EarlyKeys } from '@/components/early-keys'
import { TagChip } from '@/components/tag-chip'
import { notifyTagSaveFailed, sameTags } from '@/components/tag-editor-save'
import { lazyCode, lazyComponent } from '@/lib/lazy-code'

// The editor (combobox, tag group) is fetched on the first edit; the detail route's chart already weighs enough.
const editorCode = lazyCode(() => import('@/components/tag-editor-inline').then((module) => module.InlineTagEditor))
const InlineTagEditor = lazyComponent(editorCode)

interface InsightTagsProps {
  projectId: string
  /** The insight's name, for the message when a save fails. */
  insightName: string
  tags: readonly string[]
  isDisabled: boolean
  disabledReason: string | null
  /**
   * Saves the edit: the tags the editor opened with and the ones it closed with, so only the difference is written.
   * Rejects with the server's error (the shown tags roll back by themselves).
   */
  onSave: (before: readonly string[], after: string[]) => Promise<unknown>
}

/**
 * The insight's tags as chips; "Edit tags" (or a click on them) opens the tag editor in place. Saving closes it at
 * once, because the new tags show optimistically; a refusal rolls them back and says so in a toast with Retry.
 */
export function InsightTags({ projectId, insightName, tags, isDisabled, disabledReason, onSave }: InsightTagsProps) {
  const [draft, setDraft] = useState<string[] | null>(null)
  const [earlyKeys, setEarlyKeys] = useState<EarlyKeys | null>(null)
  // The tags as they were when editing began: the cached ones may change meanwhile (another tab, a refetch).
  const editedFrom = useRef<readonly string[]>(tags)
  const editButton = useRef<HTMLButtonElement>(null)
  const returnFocus = useRef(false)

  useEffect(() => {
    if (draft === null && returnFocus.current) {
      returnFocus.current = false
      editButton.current?.focus()
    }
  }, [draft])

  const startEditing = () => {
    if (isDisabled) return
    editedFrom.current = tags
    setEarlyKeys(captureEarlyKeys())
    setDraft([...tags])
  }
  const stopEditing = () => {
    returnFocus.current = true
    setDraft(null)
  }
  const save = () => {
    if (draft === null) return
    stopEditing()
    const before = editedFrom.current
    if (sameTags(draft, before)) return
    const attempt = (): void => {
      onSave(before, draft).catch((error: unknown) => notifyTagSaveFailed(error, insightName, attempt))
    }
    attempt()
  }

  if (draft !== null) {
    return (
      <InlineTagEditor
        fallback={<div className="h-16 animate-pulse rounded-md bg-slate-100 dark:bg-slate-800" />}
        projectId={projectId}
        label="Tags"
        value={draft}
        onChange={setDraft}
        onSave={save}
        onCancel={stopEditing}
        earlyKeys={earlyKeys}
      />
    )
  }

  return (
    <div className="flex flex-wrap items-center gap-1.5">
      {tags.length ? (
        // A click on the chips is a shortcut for the mouse; the button is the way in for everyone.
        <ul aria-label="Tags" onClick={startEditing} className={`flex flex-wrap gap-1.5 ${isDisabled ? '' : 'cursor-pointer'}`}>
          {tags.map((tag) => (
            <li key={tag} className="max-w-full">
              <TagChip tag={tag} />
            </li>
          ))}
        </ul>
      ) : (
        <span className="text-sm text-slate-500 dark:text-slate-400">No tags</span>
      )}
      <span title={disabledReason ?? undefined} className="inline-flex">
        <Button
          ref={editButton}
          variant="ghost"
          aria-label="Edit tags"
          isDisabled={isDisabled}
          onPress={startEditing}
          onPointerEnter={() => void editorCode.load()}
          onFocus={() => void editorCode.load()}
          className="px-2 py-1"
        >
          <Pencil aria-hidden className="size-3.5" />
        </Button>
      </span>
    </div>
  )
}
