import { QueryErrorResetBoundary } from '@tanstack/react-query'
import { CatchBoundary } from '@tanstack/react-router'
import { createContext, useContext, useId, type ReactNode } from 'react'
import { ErrorState } from '@/components/error-state'

interface HomeCardProps {
  title: string
  /** Controls beside the title (the Trending window switch). */
  actions?: ReactNode
  /** A change of this value (another Trending window) clears a shown error, so the new request gets its chance. */
  resetKey?: unknown
  /**
   * Rows of the loading skeleton: as many as the card shows when full, so its content does not push the cards below
   * it down when it arrives (Trending's ten rows moved them 370 px).
   */
  skeletonRows?: number
  className?: string
  children: ReactNode
}

/** Rows as tall as an insight's row in a card (`InsightRowLink`: name and type, 52 px). */
function CardSkeleton({ label, rows }: { label: string; rows: number }) {
  return (
    <div role="status" aria-label={`Loading ${label}`} className="animate-pulse space-y-0.5">
      {Array.from({ length: rows }, (_, index) => (
        <div key={index} className="h-13 rounded bg-slate-100 dark:bg-slate-800" />
      ))}
    </div>
  )
}

const CardLoadingContext = createContext({ label: '', rows: 4 })

/** What a card's body shows until its data is here: the card's own skeleton. */
export function CardLoading() {
  const { label, rows } = useContext(CardLoadingContext)
  return <CardSkeleton label={label} rows={rows} />
}

/**
 * One card of the home page. It loads, fails and recovers on its own: a slow or failing request shows a skeleton or an
 * error with Retry in this card only, and the other cards are unaffected.
 *
 * Bodies read their queries with `useQuery` and show `CardLoading` until the data is here, and throw errors to this
 * card's boundary. Not `useSuspenseQuery` under Suspense: React 19 reveals a boundary's content no sooner than 300 ms
 * after the last fallback it showed, so the four cards came in 300 ms steps, the last ~300 ms after its data.
 */
export function HomeCard({ title, actions, resetKey, skeletonRows = 4, className = '', children }: HomeCardProps) {
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
            <CardLoadingContext value={{ label: title, rows: skeletonRows }}>{children}</CardLoadingContext>
          </CatchBoundary>
        )}
      </QueryErrorResetBoundary>
    </section>
  )
}
