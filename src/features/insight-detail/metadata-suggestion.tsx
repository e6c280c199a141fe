import { Sparkles } from 'lucide-react'
import { useState } from 'react'
import { describeError } from '@/api/error-message'
import type { GeneratedMetadata } from '@/api/schemas/insight'
import { Button } from '@/components/button'

interface MetadataSuggestionProps {
  suggestion: GeneratedMetadata
  onAccept: (suggestion: GeneratedMetadata) => Promise<unknown>
  onDismiss: () => void
}

/** A suggested name and description, shown beside the current ones until the user accepts or dismisses it. */
export function MetadataSuggestion({ suggestion, onAccept, onDismiss }: MetadataSuggestionProps) {
  const [isSaving, setSaving] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const accept = async () => {
    setSaving(true)
    setError(null)
    try {
      await onAccept(suggestion)
    } catch (failure) {
      setError(describeError(failure).message)
      setSaving(false)
    }
  }
  return (
    <section
      aria-labelledby="metadata-suggestion-title"
      className="rounded-lg border border-violet-200 bg-violet-50 p-4 dark:border-violet-900 dark:bg-violet-950/40"
    >
      <h2 id="metadata-suggestion-title" className="mb-2 flex items-center gap-2 text-sm font-semibold">
        <Sparkles aria-hidden className="size-4 text-violet-600 dark:text-violet-300" />
        Suggested name and description
      </h2>
      <dl className="space-y-1 text-sm">
        <div>
          <dt className="inline font-medium">Name: </dt>
          <dd className="inline break-words">{suggestion.name}</dd>
        </div>
        <div>
          <dt className="inline font-medium">Description: </dt>
          <dd className="inline break-words whitespace-pre-line">{suggestion.description}</dd>
        </div>
      </dl>
      {error && (
        <p role="alert" className="mt-2 text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
      <div className="mt-3 flex gap-2">
        <Button variant="primary" onPress={() => void accept()} isPending={isSaving}>
          Accept suggestion
        </Button>
        <Button onPress={onDismiss} isDisabled={isSaving}>
          Dismiss
        </Button>
      </div>
    </section>
  )
}
