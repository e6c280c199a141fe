import { Link } from '@tanstack/react-router'
import { SearchX } from 'lucide-react'

interface ThresholdNotFoundProps {
  projectId: string
  shortId: string
}

/** An unknown threshold id: said within the tab, with the way back to the thresholds that do exist. */
export function ThresholdNotFound({ projectId, shortId }: ThresholdNotFoundProps) {
  return (
    <div className="mx-auto flex max-w-md flex-col items-center gap-2 py-12 text-center">
      <SearchX aria-hidden className="size-8 text-slate-400" />
      <h2 className="text-lg font-semibold">Threshold not found</h2>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        This insight has no threshold with that id. It may have been removed along with its alert, or the link is mistyped.
      </p>
      <Link
        to="/project/$projectId/insights/$shortId/thresholds"
        params={{ projectId, shortId }}
        className="mt-2 font-medium text-blue-700 underline-offset-4 hover:underline dark:text-blue-400"
      >
        See this insight’s thresholds
      </Link>
    </div>
  )
}
