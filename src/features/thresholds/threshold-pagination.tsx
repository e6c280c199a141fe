import { Link } from '@tanstack/react-router'
import { ChevronLeft, ChevronRight } from 'lucide-react'
import { pageCount, pageLinks } from '@/lib/pagination'

interface ThresholdPaginationProps {
  projectId: string
  shortId: string
  /** 1-based page the current offset falls on. */
  page: number
  limit: number
  count: number
  rangeLabel: string
}

const itemClass =
  'inline-flex min-w-9 items-center justify-center gap-1 rounded-md px-2.5 py-1.5 text-sm font-medium outline-offset-2 focus-visible:outline-2 focus-visible:outline-blue-600'
const linkClass = `${itemClass} text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800`
const currentClass = `${itemClass} bg-blue-600 text-white`
const disabledClass = `${itemClass} text-slate-400 dark:text-slate-600`

// Links to other pages share this page's path; only an exact search match may mark a link as the current page.
const exactly = { exact: true, includeSearch: true } as const

/** Page links that write `limit`/`offset` into the URL, so a page can be shared and the back button walks pages. */
export function ThresholdPagination({ projectId, shortId, page, limit, count, rangeLabel }: ThresholdPaginationProps) {
  const total = pageCount(limit, count)
  const to = '/project/$projectId/insights/$shortId/thresholds' as const
  const params = { projectId, shortId }
  const searchFor = (target: number) => ({ limit, offset: (target - 1) * limit })

  return (
    <nav aria-label="Threshold pages" className="flex flex-wrap items-center justify-between gap-2">
      <p className="text-sm text-slate-600 dark:text-slate-400" aria-live="polite">
        {rangeLabel}
      </p>
      {total > 1 && (
        <ul className="flex flex-wrap items-center gap-1">
          <li>
            {page > 1 ? (
              <Link
                to={to}
                params={params}
                activeOptions={exactly}
                search={searchFor(Math.min(page - 1, total))}
                className={linkClass}
              >
                <ChevronLeft aria-hidden className="size-4" />
                Previous
              </Link>
            ) : (
              <span aria-disabled="true" className={disabledClass}>
                <ChevronLeft aria-hidden className="size-4" />
                Previous
              </span>
            )}
          </li>
          {pageLinks(Math.min(page, total), total).map((link, index) =>
            link === 'gap' ? (
              <li key={`gap-${index}`} aria-hidden className="px-1 text-slate-500">
                …
              </li>
            ) : (
              <li key={link}>
                {link === page ? (
                  <span aria-current="page" className={currentClass}>
                    <span className="sr-only">Page </span>
                    {link}
                  </span>
                ) : (
                  <Link
                    to={to}
                    params={params}
                    activeOptions={exactly}
                    search={searchFor(link)}
                    className={linkClass}
                    aria-label={`Page ${link}`}
                  >
                    {link}
                  </Link>
                )}
              </li>
            ),
          )}
          <li>
            {page < total ? (
              <Link to={to} params={params} activeOptions={exactly} search={searchFor(page + 1)} className={linkClass}>
                Next
                <ChevronRight aria-hidden className="size-4" />
              </Link>
            ) : (
              <span aria-disabled="true" className={disabledClass}>
                Next
                <ChevronRight aria-hidden className="size-4" />
              </span>
            )}
          </li>
        </ul>
      )}
    </nav>
  )
}
