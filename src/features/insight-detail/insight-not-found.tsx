import { Link } from '@tanstack/react-router'
import { SearchX } from 'lucide-react'

/** An unknown or deleted insight: say so, and offer the way back to the list. */
export function InsightNotFound({ projectId }: { projectId: string }) {
  return (
    <div className="mx-auto flex max-w-md flex-col items-center gap-3 py-16 text-center">
      <SearchX aria-hidden className="size-10 text-slate-400" />
      <h1 className="text-2xl font-semibold">Insight not found</h1>
      <p className="text-slate-600 dark:text-slate-400">This insight does not exist in this project, or it has been deleted.</p>
      <Link
        to="/project/$projectId/insights"
        params={{ projectId }}
        className="rounded-md px-3 py-1.5 font-medium text-blue-700 underline-offset-4 hover:underline dark:text-blue-400"
      >
        Back to insights
      </Link>
    </div>
  )
}
