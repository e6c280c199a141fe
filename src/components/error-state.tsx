import { AlertTriangle } from 'lucide-react'
import { describeError } from '@/api/error-message'
import { describeUnavailable } from '@/api/feature-availability'
import { Button } from './button'
import { UnavailableNotice } from './unavailable-notice'

interface ErrorStateProps {
  error: unknown
  onRetry?: () => void
  retryLabel?: string
}

/**
 * An error shown where it happened, in words, with a way to try again; or, when the feature is simply not offered by
 * this PostHog, plan or key, a note saying so (every card and page that fails shows its failure through here).
 */
export function ErrorState({ error, onRetry, retryLabel = 'Try again' }: ErrorStateProps) {
  const unavailable = describeUnavailable(error)
  if (unavailable) return <UnavailableNotice unavailable={unavailable} />
  const { title, message } = describeError(error)
  return (
    <div
      role="alert"
      className="flex max-w-xl gap-3 rounded-lg border border-red-200 bg-red-50 p-4 dark:border-red-900 dark:bg-red-950/40"
    >
      <AlertTriangle aria-hidden className="mt-0.5 size-5 shrink-0 text-red-600 dark:text-red-400" />
      <div className="min-w-0 space-y-2">
        <p className="font-semibold text-red-900 dark:text-red-200">{title}</p>
        <p className="text-sm break-words text-red-800 dark:text-red-300">{message}</p>
        {onRetry && (
          <Button onPress={onRetry} variant="secondary">
            {retryLabel}
          </Button>
        )}
      </div>
    </div>
  )
}
