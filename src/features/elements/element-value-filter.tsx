import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { ChevronDown } from 'lucide-react'
import { useEffect, useRef, useState } from 'react'
import { Button, ComboBox, Input, Label, ListBox, ListBoxItem, Popover } from 'react-aria-components'
import { elementQueries } from '@/api/elements'
import type { ElementFilterKey } from './element-search'

/** Long enough that typing a word asks for suggestions once, short enough to feel live. */
const TYPING_PAUSE_MS = 250

interface ElementValueFilterProps {
  projectId: string
  filterKey: ElementFilterKey
  label: string
  /** The filter as the URL has it. */
  value: string | undefined
  onChange: (value: string | undefined) => void
}

/**
 * A text filter with suggestions from `elements/values/?key=…&value=…`. Typing filters as you go (after a short
 * pause); picking a suggestion applies it at once. Any text is allowed, not only a suggestion.
 */
export function ElementValueFilter({ projectId, filterKey, label, value, onChange }: ElementValueFilterProps) {
  const [text, setText] = useState(value ?? '')
  const [syncedValue, setSyncedValue] = useState(value)
  // Back/forward or "Clear filters" changes the URL under the field: show what the URL says.
  if (syncedValue !== value) {
    setSyncedValue(value)
    setText(value ?? '')
  }
  // What the suggestions are asked for: the text once typing pauses, so each keystroke does not cost a request.
  const [typed, setTyped] = useState(text)
  const pause = useRef<ReturnType<typeof setTimeout>>(undefined)
  useEffect(() => () => clearTimeout(pause.current), [])

  const apply = (next: string) => {
    clearTimeout(pause.current)
    setTyped(next)
    const filter = next.trim() || undefined
    if (filter !== value) onChange(filter)
  }
  const type = (next: string) => {
    setText(next)
    clearTimeout(pause.current)
    pause.current = setTimeout(() => apply(next), TYPING_PAUSE_MS)
  }

  const suggestions = useQuery({
    ...elementQueries.values(projectId, { key: filterKey, value: typed.trim() || undefined }),
    placeholderData: keepPreviousData,
  })
  const items = (suggestions.data ?? []).map((entry) => ({ id: entry.name }))

  return (
    <ComboBox
      className="flex min-w-0 flex-col gap-1"
      allowsCustomValue
      menuTrigger="focus"
      inputValue={text}
      onInputChange={type}
      items={items}
      onSelectionChange={(key) => {
        if (key === null) return
        setText(String(key))
        apply(String(key))
      }}
    >
      <Label className="text-sm font-medium">{label}</Label>
      <div className="flex rounded-md border border-slate-300 bg-white focus-within:border-blue-500 dark:border-slate-700 dark:bg-slate-900">
        <Input placeholder="Any" className="min-w-0 flex-1 rounded-l-md bg-transparent px-2 py-1.5 text-sm outline-none" />
        <Button
          aria-label={`Show ${label.toLowerCase()} suggestions`}
          className="rounded-r-md px-1.5 text-slate-500 outline-none data-focus-visible:ring-2 data-focus-visible:ring-blue-500 dark:text-slate-400"
        >
          <ChevronDown aria-hidden className="size-4" />
        </Button>
      </div>
      <Popover className="max-h-64 w-(--trigger-width) overflow-y-auto rounded-md border border-slate-200 bg-white shadow-lg dark:border-slate-700 dark:bg-slate-900">
        <ListBox
          className="p-1 text-sm outline-none"
          renderEmptyState={() => (
            <p className="px-2 py-1.5 text-slate-600 dark:text-slate-400">
              {suggestions.isError ? 'Suggestions could not be loaded.' : 'No suggestions.'}
            </p>
          )}
        >
          {(item: { id: string }) => (
            <ListBoxItem
              id={item.id}
              textValue={item.id}
              className="cursor-default truncate rounded px-2 py-1.5 outline-none data-focused:bg-blue-50 data-selected:font-semibold dark:data-focused:bg-slate-800"
            >
              {item.id}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  )
}
