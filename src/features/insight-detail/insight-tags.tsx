import { Plus, X } from 'lucide-react'
import { useState } from 'react'
import { Button as AriaButton, Input, Label, Tag, TagGroup, TagList, TextField } from 'react-aria-components'
import { describeError } from '@/api/error-message'

interface InsightTagsProps {
  tags: readonly string[]
  isDisabled: boolean
  /** Saves the whole new list; rejects with the server's error. */
  onChange: (tags: string[]) => Promise<unknown>
}

/** The insight's tags: remove one with its × (or Backspace/Delete on a focused tag), add one by typing and Enter. */
export function InsightTags({ tags, isDisabled, onChange }: InsightTagsProps) {
  const [draft, setDraft] = useState('')
  const [error, setError] = useState<string | null>(null)

  const save = async (next: string[]) => {
    setError(null)
    try {
      await onChange(next)
      return true
    } catch (failure) {
      setError(describeError(failure).message)
      return false
    }
  }
  const add = async () => {
    const tag = draft.trim().toLowerCase()
    if (!tag) return
    if (tags.includes(tag)) return setDraft('')
    if (await save([...tags, tag])) setDraft('')
  }

  return (
    <div className="flex flex-wrap items-center gap-2">
      <TagGroup
        aria-label="Tags"
        onRemove={isDisabled ? undefined : (keys) => void save(tags.filter((tag) => !keys.has(tag)))}
        className="min-w-0"
      >
        <TagList
          className="flex flex-wrap gap-1.5"
          renderEmptyState={() => <span className="text-sm text-slate-500 dark:text-slate-400">No tags</span>}
        >
          {tags.map((tag) => (
            <Tag
              key={tag}
              id={tag}
              textValue={tag}
              className="flex max-w-full items-center gap-1 rounded-full bg-slate-100 px-2.5 py-0.5 text-xs font-medium text-slate-700 outline-none data-focus-visible:ring-2 data-focus-visible:ring-blue-500 dark:bg-slate-800 dark:text-slate-200"
            >
              <span className="break-all">{tag}</span>
              {!isDisabled && (
                <AriaButton
                  slot="remove"
                  aria-label={`Remove tag ${tag}`}
                  className="rounded-full p-0.5 outline-none hover:bg-slate-200 dark:hover:bg-slate-700"
                >
                  <X aria-hidden className="size-3" />
                </AriaButton>
              )}
            </Tag>
          ))}
        </TagList>
      </TagGroup>
      {!isDisabled && (
        <form
          className="flex items-center gap-1"
          onSubmit={(event) => {
            event.preventDefault()
            void add()
          }}
        >
          <TextField value={draft} onChange={setDraft} className="flex">
            <Label className="sr-only">Add tag</Label>
            <Input
              placeholder="Add tag"
              className="w-28 rounded-full border border-dashed border-slate-300 bg-transparent px-2.5 py-0.5 text-xs outline-none focus:border-blue-500 dark:border-slate-700"
            />
          </TextField>
          <AriaButton
            type="submit"
            aria-label="Save tag"
            isDisabled={!draft.trim()}
            className="rounded-full p-1 text-slate-600 outline-none hover:bg-slate-100 disabled:opacity-40 dark:text-slate-300 dark:hover:bg-slate-800"
          >
            <Plus aria-hidden className="size-3.5" />
          </AriaButton>
        </form>
      )}
      {error && (
        <p role="alert" className="w-full text-xs text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </div>
  )
}
