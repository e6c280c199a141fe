import { Pencil } from 'lucide-react'
import { useState, type ReactNode } from 'react'
import { ApiError } from '@/api/http'
import { describeError } from '@/api/error-message'
import { Button } from '@/components/button'
import { captureEarlyKeys, type EarlyKeys } from '@/components/early-keys'
import { lazyCode, lazyComponent } from '@/lib/lazy-code'

// The text field (react-aria's TextField, ~9 KB gzip) loads when the Edit button is pointed at, focused or pressed.
const formCode = lazyCode(() => import('./inline-edit-form').then((module) => module.InlineEditForm))
const InlineEditForm = lazyComponent(formCode)

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
  const [earlyKeys, setEarlyKeys] = useState<EarlyKeys | null>(null)

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

  const view = (
    <div className="flex min-w-0 items-start gap-1">
      <div className="min-w-0">{display}</div>
      <Button
        variant="ghost"
        aria-label={`Edit ${label.toLowerCase()}`}
        isDisabled={isDisabled ?? false}
        onPointerEnter={() => void formCode.load()}
        onFocus={() => void formCode.load()}
        onPress={() => {
          // Pressed again while the field loads (this is then its placeholder): it is on its way already.
          if (draft !== null) return
          // Keys typed before the field has loaded are held for it instead of landing on this button.
          setEarlyKeys(captureEarlyKeys())
          setDraft(value)
        }}
        className="shrink-0 px-2"
      >
        <Pencil aria-hidden className="size-4" />
      </Button>
      {isDisabled && disabledReason && <span className="sr-only">{disabledReason}</span>}
    </div>
  )
  if (draft === null) return view

  return (
    // Until the field's code is here the view stays, and keys typed meanwhile wait for the field (earlyKeys).
    <InlineEditForm
      fallback={view}
      label={label}
      field={field}
      multiline={multiline}
      draft={draft}
      onDraftChange={setDraft}
      error={error}
      isSaving={isSaving}
      onSave={() => void save()}
      onCancel={cancel}
      earlyKeys={earlyKeys}
    />
  )
}
