import { useQuery } from '@tanstack/react-query'
import { useRouter } from '@tanstack/react-router'
import { useEffect } from 'react'
import { insightQueries } from '@/api/insights'
import { insightDisplayName, type InsightBasic } from '@/api/schemas/insight'
import { useInsightListTrail } from '@/stores/insight-list-trail'
import { insightListFilters, insightListSearchSchema, type InsightListSearch } from './list-search'
import { insightDetailHref } from './row-links'

/** The list page remembers how it stands (filters, tab, order, page) for the insight pages opened from it. */
export function useRememberListView(projectId: string, search: InsightListSearch): void {
  const remember = useInsightListTrail((state) => state.remember)
  useEffect(() => {
    // `new` opens a dialog; coming back must not open it again.
    const { new: _opensDialog, ...kept } = search
    remember({ projectId, search: kept })
  }, [remember, projectId, search])
}

interface ListNeighbour {
  shortId: string
  name: string
  href: string
}

export interface InsightListPosition {
  /** The list as it was left, as an href: the same filters, tab, order and page. */
  listHref: string
  /** 1-based place of this insight in the whole filtered list, and the list's length; null when it is not in it. */
  place: { index: number; count: number } | null
  previous: ListNeighbour | null
  next: ListNeighbour | null
  /** Opens a neighbour; one on another page of the list also moves the remembered list to that page. */
  open: (neighbour: ListNeighbour) => void
  openList: () => void
}

function neighbour(projectId: string, row: InsightBasic | undefined): ListNeighbour | null {
  return row ? { shortId: row.short_id, name: insightDisplayName(row), href: insightDetailHref(projectId, row.short_id) } : null
}

/**
 * Where an insight stands in the list it was opened from: the list's rows come from the same query the list page made
 * (so usually from the cache), and at either end of a page the next page of the same list is read to find the
 * neighbour there.
 */
export function useInsightListPosition(projectId: string, shortId: string): InsightListPosition {
  const router = useRouter()
  const trail = useInsightListTrail((state) => state.trail)
  const remember = useInsightListTrail((state) => state.remember)
  const search: InsightListSearch =
    trail?.projectId === projectId ? insightListSearchSchema.parse(trail.search) : insightListSearchSchema.parse({})
  const filters = insightListFilters(search)
  const limit = filters.limit ?? 50
  const offset = filters.offset ?? 0
  const page = useQuery({ ...insightQueries.list(projectId, filters), enabled: trail?.projectId === projectId })
  const rows = page.data?.results ?? []
  const index = rows.findIndex((row) => row.short_id === shortId)
  const found = index !== -1
  const count = page.data?.count ?? 0
  const atStart = found && index === 0 && offset > 0
  const atEnd = found && index === rows.length - 1 && offset + rows.length < count
  const before = useQuery({ ...insightQueries.list(projectId, { ...filters, offset: offset - limit }), enabled: atStart })
  const after = useQuery({ ...insightQueries.list(projectId, { ...filters, offset: offset + limit }), enabled: atEnd })

  const listHref = router.buildLocation({ to: '/project/$projectId/insights', params: { projectId }, search }).href
  const pageNumber = search.page ?? 1
  const previous = !found
    ? null
    : index > 0
      ? neighbour(projectId, rows[index - 1])
      : neighbour(projectId, atStart ? before.data?.results.at(-1) : undefined)
  const next = !found
    ? null
    : index < rows.length - 1
      ? neighbour(projectId, rows[index + 1])
      : neighbour(projectId, atEnd ? after.data?.results[0] : undefined)

  const open = (target: ListNeighbour) => {
    const onPage = rows.some((row) => row.short_id === target.shortId)
    if (!onPage && trail) {
      const movedTo = target.shortId === previous?.shortId ? pageNumber - 1 : pageNumber + 1
      remember({ projectId, search: { ...trail.search, page: movedTo > 1 ? movedTo : undefined } })
    }
    void router.navigate({ href: target.href })
  }

  const openList = () => void router.navigate({ href: listHref })

  return { listHref, place: found ? { index: offset + index + 1, count } : null, previous, next, open, openList }
}
