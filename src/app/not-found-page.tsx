import { Link } from '@tanstack/react-router'
import { SearchX } from 'lucide-react'

export function NotFoundPage() {
  return (
    <div className="mx-auto flex max-w-md flex-col items-center gap-3 py-16 text-center">
      <SearchX aria-hidden className="size-10 text-slate-400" />
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="text-slate-600 dark:text-slate-400">
        Nothing lives at this address. It may have moved, or the link may be mistyped.
      </p>
      <Link
        to="/"
        className="rounded-md px-3 py-1.5 font-medium text-blue-700 underline-offset-4 hover:underline dark:text-blue-400"
      >
        Go to home
      </Link>
    </div>
  )
}
