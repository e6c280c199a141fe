/** Placeholder shown while a slow page loads; announced politely to screen readers. */
export function PageSkeleton() {
  return (
    <div role="status" aria-label="Loading" className="animate-pulse space-y-4 p-2">
      <div className="h-7 w-64 rounded bg-slate-200 dark:bg-slate-800" />
      <div className="h-4 w-96 max-w-full rounded bg-slate-200 dark:bg-slate-800" />
      <div className="space-y-2 pt-4">
        {Array.from({ length: 8 }, (_, i) => (
          <div key={i} className="h-10 rounded bg-slate-100 dark:bg-slate-900" />
        ))}
      </div>
    </div>
  )
}
