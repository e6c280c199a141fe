import { Link, type LinkProps } from '@tanstack/react-router'
import type { AnchorHTMLAttributes } from 'react'
import { ChevronLeft, ChevronRight } from 'lucide-react'
import { pageCount, pageLinks, pageRangeLabel } from '@/lib/pagination'
import { pageSizes, type PageSize } from './list-search'

const LIST_ROUTE = '/project/$projectId/insights/'

type AnchorProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href' | 'children'> & { children: React.ReactNode }

/** A link to another page of the same list; every other search param stays. */
function PageLink({ page, ...props }: { page: number } & Omit<LinkProps, 'to' | 'from' | 'search'> & AnchorProps) {
  return <Link {...props} from={LIST_ROUTE} to="." search={(prev) => ({ ...prev, page: page === 1 ? undefined : page })} />
}

const linkClass =
  'inline-flex min-w-8 items-center justify-center rounded-md px-2 py-1 text-sm outline-none hover:bg-slate-100 focus-visible:ring-2 focus-visible:ring-blue-500 dark:hover:bg-slate-800'

interface ListPaginationProps {
  page: number
  pageSize: PageSize
  count: number
  /** The rows shown are the previous page's while the next one loads. */
  updating: boolean
  onPageSizeChange: (size: PageSize) => void
}

/** "1–50 of 612", page links that are real links (open in a new tab, back button) and the page size. */
export function ListPagination({ page, pageSize, count, updating, onPageSizeChange }: ListPaginationProps) {
  const total = pageCount(pageSize, count)
  return (
    <div className="mt-4 flex flex-wrap items-center justify-between gap-3 text-sm">
      <p className="text-slate-600 dark:text-slate-400">
        <span>{pageRangeLabel(page, pageSize, count)}</span>
        <span role="status" className="ml-2">
          {updating ? 'Updating…' : ''}
        </span>
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <label className="flex items-center gap-2">
          <span>Rows per page</span>
          <select
            value={pageSize}
            onChange={(event) => {
              const size = pageSizes.find((option) => String(option) === event.target.value)
              if (size) onPageSizeChange(size)
            }}
            className="rounded-md border border-slate-300 bg-white px-2 py-1 dark:border-slate-700 dark:bg-slate-900"
          >
            {pageSizes.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
        </label>
        {total > 1 && (
          <nav aria-label="Pagination">
            <ul className="flex items-center gap-1">
              <li>
                {page > 1 ? (
                  <PageLink page={page - 1} className={linkClass} aria-label="Previous page">
                    <ChevronLeft aria-hidden className="size-4" />
                  </PageLink>
                ) : (
                  <span aria-hidden className={`${linkClass} opacity-40`}>
                    <ChevronLeft className="size-4" />
                  </span>
                )}
              </li>
              {pageLinks(page, total).map((link, index) =>
                link === 'gap' ? (
                  <li key={`gap-${index}`} aria-hidden className="px-1 text-slate-500">
                    …
                  </li>
                ) : (
                  <li key={link}>
                    <PageLink
                      page={link}
                      aria-label={`Page ${link}`}
                      aria-current={link === page ? 'page' : undefined}
                      className={`${linkClass} ${link === page ? 'bg-blue-600 font-semibold text-white hover:bg-blue-700 dark:hover:bg-blue-700' : ''}`}
                    >
                      {link}
                    </PageLink>
                  </li>
                ),
              )}
              <li>
                {page < total ? (
                  <PageLink page={page + 1} className={linkClass} aria-label="Next page">
                    <ChevronRight aria-hidden className="size-4" />
                  </PageLink>
                ) : (
                  <span aria-hidden className={`${linkClass} opacity-40`}>
                    <ChevronRight className="size-4" />
                  </span>
                )}
              </li>
            </ul>
          </nav>
        )}
      </div>
    </div>
  )
}
