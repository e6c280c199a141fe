import { useQueryErrorResetBoundary } from '@tanstack/react-query'
import { useRouter, type ErrorComponentProps } from '@tanstack/react-router'
import { useEffect } from 'react'
import { ErrorState } from '@/components/error-state'

/** A failed load of the tab, shown inside the tab so the insight's heading and tabs stay usable. */
export function ThresholdsLoadError({ error, reset }: ErrorComponentProps) {
  const router = useRouter()
  const queryErrorReset = useQueryErrorResetBoundary()

  // Failed queries must be allowed to fetch again when the boundary renders its children anew.
  useEffect(() => queryErrorReset.reset(), [queryErrorReset])

  return (
    <ErrorState
      error={error}
      retryLabel="Retry"
      onRetry={() => {
        reset()
        void router.invalidate()
      }}
    />
  )
}
