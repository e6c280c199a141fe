import { useSuspenseQuery } from '@tanstack/react-query'
import { getRouteApi, Link } from '@tanstack/react-router'
import { ArrowDown, Combine, Pencil, Tags, Trash2 } from 'lucide-react'
import { useState } from 'react'
import { tagQueries, type TagUsage } from '@/api/tags'
import { Button } from '@/components/button'
import { EmptyState } from '@/components/empty-state'
import { PageHeading } from '@/components/page-heading'
import { TextField } from '@/components/text-field'
import { tagColorClasses } from '@/lib/tag-color'
import { TagChangeTrail } from './tag-change-trail'
import { TagOperationDialog, type TagOperationKind } from './tag-operation-dialog'

const route = getRouteApi('/project/$projectId/tags')

type Sort = 'count' | 'name'

function SortHeader({
  label,
  sort,
  current,
  onSort,
}: {
  label: string
  sort: Sort
  current: Sort
  onSort: (sort: Sort) => void
}) {
  const active = sort === current
  return (
    <th scope="col" aria-sort={active ? (sort === 'count' ? 'descending' : 'ascending') : 'none'} className="px-3 py-2">
      <button
        type="button"
        onClick={() => onSort(sort)}
        className="inline-flex items-center gap-1 rounded font-medium outline-none hover:underline focus-visible:ring-2 focus-visible:ring-blue-500"
      >
        {label}
        {active && <ArrowDown aria-hidden className={`size-3.5 ${sort === 'name' ? 'rotate-180' : ''}`} />}
      </button>
    </th>
  )
}

/**
 * Every tag of the project with how many insights carry it: a tag leads to the insights list filtered by it, and can be
 * renamed, merged into another or deleted on all its insights at once.
 */
export function TagManagerPage() {
  const { projectId } = route.useParams()
  const search = route.useSearch()
  const navigate = route.useNavigate()
  const { data: tags } = useSuspenseQuery(tagQueries.usage(projectId))
  const [action, setAction] = useState<{ kind: TagOperationKind; tag: TagUsage } | null>(null)

  const sort: Sort = search.sort ?? 'count'
  const filter = (search.q ?? '').trim().toLowerCase()
  const shown = tags
    .filter((tag) => tag.name.includes(filter))
    .sort((a, b) => (sort === 'name' ? a.name.localeCompare(b.name) : b.count - a.count || a.name.localeCompare(b.name)))

  return (
    <div>
      <PageHeading
        title="Tags"
        description={
          tags.length
            ? `${tags.length} tag${tags.length === 1 ? '' : 's'} on this project's insights. Open one to see its insights; rename, merge or delete it everywhere at once.`
            : undefined
        }
      />
      <TagChangeTrail projectId={projectId} />
      {tags.length === 0 ? (
        <EmptyState
          icon={Tags}
          title="No tags yet"
          description="Tags appear here as soon as an insight has one."
          action={
            <Link to="/project/$projectId/insights" params={{ projectId }} className="text-blue-700 underline dark:text-blue-300">
              Go to the insights
            </Link>
          }
        />
      ) : (
        <>
          <TextField
            label="Filter tags"
            value={search.q ?? ''}
            onChange={(q) => void navigate({ search: (prev) => ({ ...prev, q: q || undefined }), replace: true })}
            className="mb-4 max-w-sm"
          />
          {shown.length === 0 ? (
            <EmptyState icon={Tags} title={`No tag matches “${search.q ?? ''}”`} />
          ) : (
            <div className="overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-800">
              <table className="w-full text-left text-sm">
                <caption className="sr-only">Tags and how many insights carry each</caption>
                <thead className="bg-slate-50 text-slate-700 dark:bg-slate-900 dark:text-slate-300">
                  <tr>
                    <SortHeader
                      label="Tag"
                      sort="name"
                      current={sort}
                      onSort={(next) => void navigate({ search: (prev) => ({ ...prev, sort: next }), replace: true })}
                    />
                    <SortHeader
                      label="Insights"
                      sort="count"
                      current={sort}
                      onSort={() => void navigate({ search: (prev) => ({ ...prev, sort: undefined }), replace: true })}
                    />
                    <th scope="col" className="px-3 py-2">
                      <span className="sr-only">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
                  {shown.map((tag) => (
                    <tr key={tag.name}>
                      <th scope="row" className="px-3 py-2 font-normal">
                        <Link
                          to="/project/$projectId/insights"
                          params={{ projectId }}
                          search={{ tags: [tag.name] }}
                          className={`inline-flex max-w-full rounded-full px-2 py-0.5 text-xs font-medium break-words outline-none hover:underline focus-visible:ring-2 focus-visible:ring-blue-500 ${tagColorClasses(tag.name)}`}
                        >
                          {tag.name}
                        </Link>
                      </th>
                      <td className="px-3 py-2 whitespace-nowrap tabular-nums">
                        {tag.count.toLocaleString('en-US')}
                        {/* The column header says "Insights"; a phone needs the room for the tag. */}
                        <span className="max-sm:sr-only"> insight{tag.count === 1 ? '' : 's'}</span>
                      </td>
                      <td className="px-3 py-2">
                        <div className="flex justify-end gap-1">
                          <Button
                            variant="ghost"
                            aria-label={`Rename ${tag.name}`}
                            onPress={() => setAction({ kind: 'rename', tag })}
                          >
                            <Pencil aria-hidden className="size-4" />
                            <span className="hidden sm:inline">Rename</span>
                          </Button>
                          <Button
                            variant="ghost"
                            aria-label={`Merge ${tag.name}`}
                            isDisabled={tags.length < 2}
                            onPress={() => setAction({ kind: 'merge', tag })}
                          >
                            <Combine aria-hidden className="size-4" />
                            <span className="hidden sm:inline">Merge</span>
                          </Button>
                          <Button
                            variant="ghost"
                            aria-label={`Delete ${tag.name}`}
                            onPress={() => setAction({ kind: 'delete', tag })}
                            className="text-red-700 dark:text-red-400"
                          >
                            <Trash2 aria-hidden className="size-4" />
                            <span className="hidden sm:inline">Delete</span>
                          </Button>
                        </div>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
      {action && (
        <TagOperationDialog
          key={`${action.kind} ${action.tag.name}`}
          projectId={projectId}
          kind={action.kind}
          tag={action.tag}
          allTags={tags}
          onOpenChange={(open) => {
            if (!open) setAction(null)
          }}
        />
      )}
    </div>
  )
}
