import { useQuery } from '@tanstack/react-query'
import { useId, useState } from 'react'
import { dashboardQueries } from '@/api/dashboards'
import { insightKindSchema } from '@/api/schemas/insight'
import { tagQueries } from '@/api/tags'
import { userQueries } from '@/api/users'
import { DateRangeSelect } from '@/components/date-range-select'
import { insightTypeLabels } from '@/components/insight-type-badge'
import type { InsightListSearch, SearchPatch } from './list-search'
import { userName } from './user-name'

interface InsightFiltersPanelProps {
  id: string
  projectId: string
  search: InsightListSearch
  onChange: (patch: SearchPatch) => void
}

const fieldClass =
  'w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-900 dark:[color-scheme:dark]'

function toggled<T>(list: readonly T[] | undefined, value: T): T[] | undefined {
  const next = list?.includes(value) ? list.filter((item) => item !== value) : [...(list ?? []), value]
  return next.length ? next : undefined
}

function CheckList({
  legend,
  options,
  selected,
  onToggle,
  emptyText,
  children,
}: {
  legend: string
  options: readonly { value: string; label: string }[]
  selected: readonly string[]
  onToggle: (value: string) => void
  emptyText: string
  children?: React.ReactNode
}) {
  return (
    <fieldset className="flex min-w-0 flex-col gap-1">
      <legend className="mb-1 text-sm font-medium">{legend}</legend>
      {children}
      <div className="h-40 overflow-y-auto rounded-md border border-slate-200 p-1 dark:border-slate-800">
        {options.length === 0 && <p className="px-2 py-1 text-sm text-slate-500 dark:text-slate-400">{emptyText}</p>}
        {options.map((option) => (
          <label
            key={option.value}
            className="flex cursor-pointer items-center gap-2 rounded px-2 py-1 text-sm hover:bg-slate-50 dark:hover:bg-slate-800"
          >
            <input
              type="checkbox"
              checked={selected.includes(option.value)}
              onChange={() => onToggle(option.value)}
              className="size-4 accent-blue-600"
            />
            <span className="truncate">{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}

/** Every filter of the list, each writing straight to the URL. */
export default function InsightFiltersPanel({ id, projectId, search, onChange }: InsightFiltersPanelProps) {
  const fieldId = useId()
  const members = useQuery(userQueries.members({ limit: 200 }))
  const tags = useQuery(tagQueries.list(projectId))
  const [tagQuery, setTagQuery] = useState('')
  const dashboards = useQuery(dashboardQueries.list(projectId))
  const [dashboardQuery, setDashboardQuery] = useState('')

  const memberOptions = (members.data?.results ?? []).map((member) => ({
    value: String(member.user.id),
    label: userName(member.user),
  }))
  const tagNeedle = tagQuery.trim().toLowerCase()
  const tagOptions = (tags.data ?? [])
    .filter((tag) => !tagNeedle || tag.includes(tagNeedle) || search.tags?.includes(tag))
    .map((tag) => ({ value: tag, label: tag }))

  // Dashboards are offered by name; the URL keeps their ids. An id in the URL that no dashboard has still shows, so it
  // can be unticked.
  const dashboardNeedle = dashboardQuery.trim().toLowerCase()
  const selectedDashboards = search.dashboards ?? []
  const dashboardOptions = [
    ...(dashboards.data ?? []).map((dashboard) => ({
      value: String(dashboard.id),
      label: dashboard.name || `Dashboard ${dashboard.id}`,
    })),
    ...selectedDashboards
      .filter((id) => dashboards.data && !dashboards.data.some((dashboard) => dashboard.id === id))
      .map((id) => ({ value: String(id), label: `Dashboard ${id} (not found)` })),
  ].filter(
    (option) =>
      !dashboardNeedle ||
      option.label.toLowerCase().includes(dashboardNeedle) ||
      selectedDashboards.includes(Number(option.value)),
  )

  return (
    <section
      id={id}
      aria-label="Filters"
      className="mb-4 grid gap-4 rounded-lg border border-slate-200 bg-slate-50/60 p-4 sm:grid-cols-2 lg:grid-cols-5 dark:border-slate-800 dark:bg-slate-900/40"
    >
      <div className="flex flex-col gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor={`${fieldId}-type`} className="text-sm font-medium">
            Insight type
          </label>
          <select
            id={`${fieldId}-type`}
            value={search.type ?? ''}
            onChange={(event) => onChange({ type: insightKindSchema.options.find((kind) => kind === event.target.value) })}
            className={fieldClass}
          >
            <option value="">Any type</option>
            {insightKindSchema.options.map((kind) => (
              <option key={kind} value={kind}>
                {insightTypeLabels[kind]}
              </option>
            ))}
          </select>
        </div>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={search.saved === true}
            onChange={(event) => onChange({ saved: event.target.checked || undefined })}
            className="size-4 accent-blue-600"
          />
          Saved insights only
        </label>
      </div>
      <CheckList
        legend="Created by"
        options={memberOptions}
        selected={(search.createdBy ?? []).map(String)}
        onToggle={(value) => onChange({ createdBy: toggled(search.createdBy, Number(value)) })}
        emptyText={members.isPending ? 'Loading members…' : members.isError ? 'Members could not be loaded.' : 'No members.'}
      />
      <CheckList
        legend="Tags (any of)"
        options={tagOptions}
        selected={search.tags ?? []}
        onToggle={(value) => onChange({ tags: toggled(search.tags, value) })}
        emptyText={tags.isPending ? 'Loading tags…' : tags.isError ? 'Tags could not be loaded.' : 'No matching tags.'}
      >
        <input
          type="search"
          aria-label="Find a tag"
          placeholder="Find a tag"
          value={tagQuery}
          onChange={(event) => setTagQuery(event.target.value)}
          className={fieldClass}
        />
      </CheckList>
      <CheckList
        legend="On dashboards (all of)"
        options={dashboardOptions}
        selected={selectedDashboards.map(String)}
        onToggle={(value) => onChange({ dashboards: toggled(search.dashboards, Number(value)) })}
        emptyText={
          dashboards.isPending
            ? 'Loading dashboards…'
            : dashboards.isError
              ? 'Dashboards could not be loaded.'
              : 'No matching dashboards.'
        }
      >
        <input
          type="search"
          aria-label="Find a dashboard"
          placeholder="Find a dashboard"
          value={dashboardQuery}
          onChange={(event) => setDashboardQuery(event.target.value)}
          className={fieldClass}
        />
      </CheckList>
      <div className="flex flex-col gap-3">
        <DateRangeSelect
          label="Last modified"
          value={{ from: search.modifiedFrom, to: search.modifiedTo }}
          onChange={({ from, to }) => onChange({ modifiedFrom: from, modifiedTo: to })}
        />
        <DateRangeSelect
          label="Created"
          value={{ from: search.createdFrom, to: search.createdTo }}
          onChange={({ from, to }) => onChange({ createdFrom: from, createdTo: to })}
        />
        <DateRangeSelect
          label="Last viewed by anyone"
          value={{ from: search.viewedFrom, to: search.viewedTo }}
          onChange={({ from, to }) => onChange({ viewedFrom: from, viewedTo: to })}
        />
      </div>
    </section>
  )
}
