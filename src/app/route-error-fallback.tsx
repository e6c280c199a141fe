import { useQueryErrorResetBoundary } from '@tanstack/react-query'
import { useRouter, type ErrorComponentProps } from '@tanstack/react-router'
import { useEffect } from 'react'
import { ErrorState } from '@/components/error-state'

/** The router's error boundary: the failure in words, and "Try again" that reloads the route's data. */
export function RouteErrorFallback({ error, reset }: ErrorComponentProps) {
  const router = useRouter()
  const queryErrorReset = useQueryErrorResetBoundary()

  // Let failed queries fetch again when the boundary re-renders its children.
  useEffect(() => queryErrorReset.reset(), [queryErrorReset])

  return (
    <div className="p-2">
      <ErrorState
        error={error}
        onRetry={() => {
          reset()
          void router.invalidate()
        }}
      />
    </div>
  )
}
