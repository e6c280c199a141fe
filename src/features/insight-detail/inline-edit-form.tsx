import { useLayoutEffect, useRef } from 'react'
import { FieldError, Input, Label, Text, TextArea, TextField } from 'react-aria-components'
import { Button } from '@/components/button'
import type { EarlyKeys } from '@/components/early-keys'

export interface InlineEditFormProps {
  label: string
  field: string
  multiline: boolean
  draft: string
  onDraftChange: (draft: string) => void
  error: string | null
  isSaving: boolean
  onSave: () => void
  onCancel: () => void
  /** Keys typed while this form's code loaded: they go after the text, where the caret starts. */
  earlyKeys: EarlyKeys | null
}

/** `InlineEdit`'s field while editing: its own chunk, loaded when the Edit button is pointed at, focused or pressed. */
export function InlineEditForm({
  label,
  field,
  multiline,
  draft,
  onDraftChange,
  error,
  isSaving,
  onSave,
  onCancel,
  earlyKeys,
}: InlineEditFormProps) {
  const textField = useRef<HTMLInputElement & HTMLTextAreaElement>(null)
  // The caret starts after the existing text, where an addition goes; a textarea would otherwise start at its beginning.
  useLayoutEffect(() => {
    const element = textField.current
    if (element) element.setSelectionRange(element.value.length, element.value.length)
    earlyKeys?.handOver((text) => onDraftChange(draft + text))
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, as the editor opens
  }, [])

  const inputClass =
    'w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 outline-none invalid:border-red-500 focus:border-blue-500 data-invalid:border-red-500 dark:border-slate-700 dark:bg-slate-900'
  return (
    <form
      className="flex min-w-0 flex-col gap-2"
      onSubmit={(event) => {
        event.preventDefault()
        onSave()
      }}
    >
      <TextField
        value={draft}
        onChange={onDraftChange}
        isInvalid={error !== null}
        isReadOnly={isSaving}
        autoFocus
        className="flex flex-col gap-1"
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault()
            onCancel()
          } else if (event.key === 'Enter' && (!multiline || event.ctrlKey || event.metaKey)) {
            event.preventDefault()
            onSave()
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
        <Button onPress={onCancel} isDisabled={isSaving}>
          Cancel
        </Button>
      </div>
    </form>
  )
}
