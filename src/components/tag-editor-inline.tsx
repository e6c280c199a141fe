import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { tagQueries } from '@/api/tags'
import { Button } from './button'
import type { EarlyKeys } from './early-keys'
import type { TagSuggestion } from './tag-editor-rules'
import { TagEditor } from './tag-editor'

const noSuggestions: readonly TagSuggestion[] = []

interface InlineTagEditorProps {
  projectId: string
  /** Accessible name of the tags and their input. */
  label: string
  /** The draft, held by the owner so it can also save on its own (a popover closed by a click outside). */
  value: readonly string[]
  onChange: (tags: string[]) => void
  onSave: () => void
  onCancel: () => void
  /** Keys typed while this editor's code was loading (see early-keys.ts). */
  earlyKeys?: EarlyKeys | null
}

/**
 * The tag editor with Save and Cancel, as the detail header and list rows show it while editing one insight. Import it
 * lazily: the editor's combobox and tag group are needed only once someone edits.
 */
export function InlineTagEditor({ projectId, label, value, onChange, onSave, onCancel, earlyKeys }: InlineTagEditorProps) {
  // The counts cost one request per tag, so they are fetched only once someone edits; until they arrive, the names
  // (one request) are offered without them, so the first letters typed already find the existing tags.
  const usage = useQuery(tagQueries.usage(projectId))
  const names = useQuery(tagQueries.list(projectId))
  const suggestions = useMemo(
    () => usage.data ?? names.data?.map((name) => ({ name })) ?? noSuggestions,
    [usage.data, names.data],
  )
  return (
    <div className="flex max-w-2xl min-w-0 flex-col gap-2">
      <TagEditor
        label={label}
        value={value}
        onChange={onChange}
        suggestions={suggestions}
        autoFocus
        earlyKeys={earlyKeys}
        onEscape={onCancel}
        onSubmit={onSave}
      />
      <div className="flex flex-wrap items-center gap-2">
        <Button variant="primary" onPress={onSave}>
          Save
        </Button>
        <Button onPress={onCancel}>Cancel</Button>
        <span className="text-xs text-slate-600 dark:text-slate-400">Enter on the empty field saves, Esc cancels.</span>
      </div>
    </div>
  )
}
