import { QueryErrorResetBoundary } from '@tanstack/react-query'
import { CatchBoundary } from '@tanstack/react-router'
import { Suspense, useId, type ReactNode } from 'react'
import { ErrorState } from '@/components/error-state'

interface HomeCardProps {
  title: string
  /** Controls beside the title (the Trending window switch). */
  actions?: ReactNode
  /** A change of this value (another Trending window) clears a shown error, so the new request gets its chance. */
  resetKey?: unknown
  className?: string
  children: ReactNode
}

function CardSkeleton({ label }: { label: string }) {
  return (
    <div role="status" aria-label={`Loading ${label}`} className="animate-pulse space-y-2">
      {Array.from({ length: 4 }, (_, index) => (
        <div key={index} className="h-9 rounded bg-slate-100 dark:bg-slate-800" />
      ))}
    </div>
  )
}

/**
 * One card of the home page. It loads, fails and recovers on its own: a slow or failing request shows a skeleton or an
 * error with Retry in this card only, and the other cards are unaffected.
 */
export function HomeCard({ title, actions, resetKey, className = '', children }: HomeCardProps) {
  const headingId = useId()
  return (
    <section
      aria-labelledby={headingId}
      className={`flex min-w-0 flex-col rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900 ${className}`}
    >
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h2 id={headingId} className="font-semibold">
          {title}
        </h2>
        {actions}
      </div>
      <QueryErrorResetBoundary>
        {({ reset: resetQueries }) => (
          <CatchBoundary
            getResetKey={() => resetKey}
            errorComponent={({ error, reset }) => (
              <ErrorState
                error={error}
                retryLabel="Retry"
                onRetry={() => {
                  resetQueries()
                  reset()
                }}
              />
            )}
          >
            <Suspense fallback={<CardSkeleton label={title} />}>{children}</Suspense>
          </CatchBoundary>
        )}
      </QueryErrorResetBoundary>
    </section>
  )
}
