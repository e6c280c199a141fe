import { useQuery } from '@tanstack/react-query'
import { X } from 'lucide-react'
import { dashboardQueries } from '@/api/dashboards'
import { userQueries } from '@/api/users'
import { describeDateRange } from '@/lib/date-range'
import { insightTypeLabels } from '@/components/insight-type-badge'
import type { InsightListSearch, SearchPatch } from './list-search'
import { userName } from './user-name'

interface Chip {
  key: string
  label: string
  remove: SearchPatch
}

function chipsFor(search: InsightListSearch, memberName: (id: number) => string, dashboardName: (id: number) => string): Chip[] {
  const chips: Chip[] = []
  const term = search.search?.trim()
  if (term) chips.push({ key: 'search', label: `Search: “${term}”`, remove: { search: undefined } })
  if (search.type) chips.push({ key: 'type', label: `Type: ${insightTypeLabels[search.type]}`, remove: { type: undefined } })
  for (const id of search.createdBy ?? []) {
    const rest = search.createdBy?.filter((other) => other !== id)
    chips.push({
      key: `created-by-${id}`,
      label: `Created by: ${memberName(id)}`,
      remove: { createdBy: rest?.length ? rest : undefined },
    })
  }
  for (const tag of search.tags ?? []) {
    const rest = search.tags?.filter((other) => other !== tag)
    chips.push({ key: `tag-${tag}`, label: `Tag: ${tag}`, remove: { tags: rest?.length ? rest : undefined } })
  }
  for (const id of search.dashboards ?? []) {
    const rest = search.dashboards?.filter((other) => other !== id)
    chips.push({
      key: `dashboard-${id}`,
      label: `On dashboard: ${dashboardName(id)}`,
      remove: { dashboards: rest?.length ? rest : undefined },
    })
  }
  if (search.saved) chips.push({ key: 'saved', label: 'Saved only', remove: { saved: undefined } })
  const ranges = [
    ['modified', 'Last modified', search.modifiedFrom, search.modifiedTo, { modifiedFrom: undefined, modifiedTo: undefined }],
    ['created', 'Created', search.createdFrom, search.createdTo, { createdFrom: undefined, createdTo: undefined }],
    ['viewed', 'Last viewed by anyone', search.viewedFrom, search.viewedTo, { viewedFrom: undefined, viewedTo: undefined }],
  ] as const
  for (const [key, name, from, to, remove] of ranges) {
    const described = describeDateRange({ from, to })
    if (described) chips.push({ key, label: `${name}: ${described}`, remove })
  }
  return chips
}

interface ActiveFilterChipsProps {
  projectId: string
  search: InsightListSearch
  onChange: (patch: SearchPatch) => void
  onClearAll: () => void
}

/** Each active filter as a removable chip, and "Clear all". */
export function ActiveFilterChips({ projectId, search, onChange, onClearAll }: ActiveFilterChipsProps) {
  const members = useQuery({ ...userQueries.members({ limit: 200 }), enabled: Boolean(search.createdBy) })
  const memberName = (id: number) => {
    const member = members.data?.results.find((candidate) => candidate.user.id === id)
    return member ? userName(member.user) : `user ${id}`
  }
  const dashboards = useQuery({ ...dashboardQueries.list(projectId), enabled: Boolean(search.dashboards) })
  const dashboardName = (id: number) => dashboards.data?.find((dashboard) => dashboard.id === id)?.name || `dashboard ${id}`
  const chips = chipsFor(search, memberName, dashboardName)
  if (!chips.length) return null
  return (
    <div className="mb-4 flex flex-wrap items-center gap-2">
      <ul aria-label="Active filters" className="contents">
        {chips.map((chip) => (
          <li key={chip.key}>
            <button
              type="button"
              onClick={() => onChange(chip.remove)}
              aria-label={`Remove filter ${chip.label}`}
              className="inline-flex max-w-72 items-center gap-1 rounded-full border border-blue-200 bg-blue-50 py-0.5 pr-1.5 pl-2.5 text-xs text-blue-900 outline-none hover:bg-blue-100 focus-visible:ring-2 focus-visible:ring-blue-500 dark:border-blue-900 dark:bg-blue-950/60 dark:text-blue-100 dark:hover:bg-blue-900/60"
            >
              <span className="truncate">{chip.label}</span>
              <X aria-hidden className="size-3.5 shrink-0" />
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        onClick={onClearAll}
        className="rounded px-2 py-0.5 text-xs font-medium text-slate-700 underline outline-none hover:text-slate-900 focus-visible:ring-2 focus-visible:ring-blue-500 dark:text-slate-300 dark:hover:text-white"
      >
        Clear all
      </button>
    </div>
  )
}
