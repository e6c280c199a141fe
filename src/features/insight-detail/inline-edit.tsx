import { Pencil } from 'lucide-react'
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react'
import { FieldError, Input, Label, Text, TextArea, TextField } from 'react-aria-components'
import { ApiError } from '@/api/http'
import { describeError } from '@/api/error-message'
import { Button } from '@/components/button'

interface InlineEditProps {
  /** The field's name, e.g. "Name": labels the input and the "Edit …" button. */
  label: string
  /** The saved value; empty string when there is none. */
  value: string
  /** What is shown while not editing (the heading, the paragraph …). */
  display: ReactNode
  /** The API field this edits, to pick its 400 message out of the server's answer (`attr`). */
  field: string
  multiline?: boolean
  isDisabled?: boolean
  disabledReason?: string | null
  /** Rejects with the server's error; the typed text stays so the user can fix it. */
  onSave: (value: string) => Promise<unknown>
}

/** The message to show under the field: the server's own words for this field, or what went wrong otherwise. */
function errorFor(error: unknown, field: string): string {
  if (error instanceof ApiError && error.status === 400 && (error.attr === field || error.attr === null)) return error.detail
  const { title, message } = describeError(error)
  return `${title}: ${message}`
}

/**
 * Text edited in place. Enter saves (Ctrl/⌘+Enter in a multi-line field, where Enter starts a new line), Esc cancels;
 * a refused save keeps the field open with the typed text and the server's message under it.
 */
export function InlineEdit({
  label,
  value,
  display,
  field,
  multiline = false,
  isDisabled,
  disabledReason,
  onSave,
}: InlineEditProps) {
  const [draft, setDraft] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [isSaving, setSaving] = useState(false)
  const textField = useRef<HTMLInputElement & HTMLTextAreaElement>(null)
  const isEditing = draft !== null
  // The caret starts after the existing text, where an addition goes; a textarea would otherwise start at its beginning.
  useLayoutEffect(() => {
    const element = textField.current
    if (isEditing && element) element.setSelectionRange(element.value.length, element.value.length)
  }, [isEditing])

  const cancel = () => {
    setDraft(null)
    setError(null)
  }
  const save = async () => {
    if (draft === null || isSaving) return
    if (draft === value) return cancel()
    setSaving(true)
    setError(null)
    try {
      await onSave(draft)
      setDraft(null)
    } catch (failure) {
      setError(errorFor(failure, field))
    } finally {
      setSaving(false)
    }
  }

  if (draft === null) {
    return (
      <div className="flex min-w-0 items-start gap-1">
        <div className="min-w-0">{display}</div>
        <Button
          variant="ghost"
          aria-label={`Edit ${label.toLowerCase()}`}
          isDisabled={isDisabled ?? false}
          onPress={() => setDraft(value)}
          className="shrink-0 px-2"
        >
          <Pencil aria-hidden className="size-4" />
        </Button>
        {isDisabled && disabledReason && <span className="sr-only">{disabledReason}</span>}
      </div>
    )
  }

  const inputClass =
    'w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 outline-none invalid:border-red-500 focus:border-blue-500 data-invalid:border-red-500 dark:border-slate-700 dark:bg-slate-900'
  return (
    <form
      className="flex min-w-0 flex-col gap-2"
      onSubmit={(event) => {
        event.preventDefault()
        void save()
      }}
    >
      <TextField
        value={draft}
        onChange={setDraft}
        isInvalid={error !== null}
        isReadOnly={isSaving}
        autoFocus
        className="flex flex-col gap-1"
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault()
            cancel()
          } else if (event.key === 'Enter' && (!multiline || event.ctrlKey || event.metaKey)) {
            event.preventDefault()
            void save()
          }
        }}
      >
        <Label className="sr-only">{label}</Label>
        {multiline ? (
          <TextArea ref={textField} rows={4} className={`${inputClass} text-sm`} />
        ) : (
          <Input ref={textField} className={`${inputClass} text-lg font-semibold`} />
        )}
        <Text slot="description" className="text-xs text-slate-600 dark:text-slate-400">
          {multiline ? 'Ctrl+Enter saves, Esc cancels.' : 'Enter saves, Esc cancels.'}
          {field === 'name' && ' Leave empty to use the name derived from the query.'}
        </Text>
        <FieldError className="text-sm break-words text-red-700 dark:text-red-400">{error}</FieldError>
      </TextField>
      <div className="flex gap-2">
        <Button type="submit" variant="primary" isDisabled={isSaving}>
          {isSaving ? 'Saving…' : 'Save'}
        </Button>
        <Button onPress={cancel} isDisabled={isSaving}>
          Cancel
        </Button>
      </div>
    </form>
  )
}
