import { useQuery, useSuspenseInfiniteQuery } from '@tanstack/react-query'
import { getRouteApi, Link } from '@tanstack/react-router'
import { History } from 'lucide-react'
import { useId } from 'react'
import { activityQueries } from '@/api/activity'
import type { ActivityLogEntry } from '@/api/schemas/activity'
import { userQueries } from '@/api/users'
import { ActivityEntry, activityActor } from '@/components/activity-entry'
import { Button } from '@/components/button'
import { EmptyState } from '@/components/empty-state'
import { ErrorState } from '@/components/error-state'
import { PageHeading } from '@/components/page-heading'
import { groupByDay, hasFilters, knownActivityKinds, uniqueEntries } from './activity-feed'
import { ACTIVITY_FEED_PAGE_SIZE, type ActivityFeedSearch } from './activity-search'
import { feedScanSummary } from './feed-scan'
import { useFeedScan } from './use-feed-scan'

const route = getRouteApi('/project/$projectId/activity')

const selectClass =
  'rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-900 dark:[color-scheme:dark]'

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** Activities that read with the insight as their object ("created X"); the rest read "… on X". */
const objectVerbs = new Set(['created', 'deleted', 'restored'])

/** Which insight an entry is about, as a link to it; a deleted insight's own "deleted" entry has nothing to open. */
function InsightSubject({ entry, projectId }: { entry: ActivityLogEntry; projectId: string }) {
  const name = entry.detail?.name || 'an unnamed insight'
  const shortId = entry.detail?.short_id
  return (
    <>
      {objectVerbs.has(entry.activity) ? '' : 'on '}
      {shortId && entry.activity !== 'deleted' ? (
        <Link
          to="/project/$projectId/insights/$shortId"
          params={{ projectId, shortId }}
          className="font-medium text-blue-700 underline-offset-2 hover:underline dark:text-blue-300"
        >
          {name}
        </Link>
      ) : (
        <span className="font-medium">{name}</span>
      )}
    </>
  )
}

interface UserOption {
  email: string
  label: string
}

/**
 * People to filter by, keyed by email (an activity entry names its user by first name and email only): the
 * organization's members, plus anyone in the loaded entries who no longer is one.
 */
function useUserOptions(entries: readonly ActivityLogEntry[], selected: string | undefined): UserOption[] {
  const members = useQuery(userQueries.members({ limit: 200 }))
  const options = new Map<string, string>()
  for (const member of members.data?.results ?? []) {
    const name = `${member.user.first_name} ${member.user.last_name}`.trim()
    options.set(member.user.email.toLowerCase(), name || member.user.email)
  }
  for (const entry of entries) {
    const email = entry.user?.email?.toLowerCase()
    if (email && !options.has(email)) options.set(email, activityActor(entry))
  }
  // A link can name someone nobody here knows; the select must still show what filters the page.
  if (selected && !options.has(selected.toLowerCase())) options.set(selected.toLowerCase(), selected)
  return [...options].map(([email, label]) => ({ email, label })).sort((a, b) => a.label.localeCompare(b.label))
}

interface FeedFiltersProps {
  search: ActivityFeedSearch
  users: readonly UserOption[]
  kinds: readonly string[]
  noteId: string
  onChange: (patch: ActivityFeedSearch) => void
}

function FeedFilters({ search, users, kinds, noteId, onChange }: FeedFiltersProps) {
  const id = useId()
  return (
    <div role="group" aria-label="Filters" aria-describedby={noteId} className="flex flex-wrap items-end gap-3">
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-user`} className="text-sm font-medium">
          User
        </label>
        <select
          id={`${id}-user`}
          value={search.user?.toLowerCase() ?? ''}
          onChange={(event) => onChange({ ...search, user: event.target.value || undefined })}
          className={selectClass}
        >
          <option value="">Anyone</option>
          {users.map((user) => (
            <option key={user.email} value={user.email}>
              {user.label}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-kind`} className="text-sm font-medium">
          Change
        </label>
        <select
          id={`${id}-kind`}
          value={search.activity ?? ''}
          onChange={(event) => onChange({ ...search, activity: event.target.value || undefined })}
          className={selectClass}
        >
          <option value="">Any change</option>
          {kinds.map((kind) => (
            <option key={kind} value={kind}>
              {capitalise(kind)}
            </option>
          ))}
        </select>
      </div>
      {hasFilters(search) && (
        <Button variant="ghost" onPress={() => onChange({})}>
          Clear filters
        </Button>
      )}
    </div>
  )
}

/** While a filtered search reads older pages: how far it got, and a way to stop it. */
function ScanProgress({ scanned, total, onStop }: { scanned: number; total: number; onStop: () => void }) {
  return (
    <div className="mb-4 flex flex-wrap items-center gap-3">
      <progress
        aria-label="Entries searched"
        value={Math.min(scanned, total)}
        max={Math.max(total, 1)}
        className="h-2 w-48 overflow-hidden rounded-full accent-blue-600"
      />
      <Button variant="secondary" onPress={onStop}>
        Stop
      </Button>
    </div>
  )
}

function DayList({
  entries,
  projectId,
  idPrefix,
}: {
  entries: readonly ActivityLogEntry[]
  projectId: string
  idPrefix: string
}) {
  return groupByDay(entries).map((day) => (
    <section key={day.key} aria-labelledby={`${idPrefix}-${day.key}`}>
      <h2
        id={`${idPrefix}-${day.key}`}
        className="sticky top-0 z-10 -mx-1 border-b border-slate-200 bg-white/95 px-1 py-2 text-sm font-semibold backdrop-blur dark:border-slate-800 dark:bg-slate-950/95"
      >
        {day.label}
      </h2>
      <ol className="divide-y divide-slate-200 dark:divide-slate-800">
        {day.entries.map((entry) => (
          <ActivityEntry key={entry.id} entry={entry} subject={<InsightSubject entry={entry} projectId={projectId} />} />
        ))}
      </ol>
    </section>
  ))
}

const historyStart = (
  <p className="text-sm text-slate-600 dark:text-slate-400">That is the beginning of this project’s history.</p>
)

/**
 * The project's insight change feed, grouped by day. PostHog's `insights/activity/` endpoint takes only `page` and
 * `limit`, so with a user or change filter set the page reads older pages itself until it has found enough matches
 * or the history ends (`useFeedScan`), showing how far it got and offering to stop.
 */
export function ActivityFeedPage() {
  const { projectId } = route.useParams()
  const search = route.useSearch()
  const navigate = route.useNavigate()
  const noteId = useId()
  const feed = useSuspenseInfiniteQuery(activityQueries.projectInsightsFeed(projectId, ACTIVITY_FEED_PAGE_SIZE))

  const entries = uniqueEntries(feed.data.pages)
  const total = feed.data.pages.at(-1)?.total_count ?? entries.length
  const scan = useFeedScan(projectId, search, total)
  const users = useUserOptions([...entries, ...scan.entries], search.user)
  const kinds = [
    ...new Set([...knownActivityKinds, ...entries.map((entry) => entry.activity), ...(search.activity ? [search.activity] : [])]),
  ]
  const filtered = hasFilters(search)
  const loadingMore = feed.isFetchingNextPage

  const setFilters = (next: ActivityFeedSearch) => void navigate({ search: next, replace: true })

  const unfilteredFooter = (
    <>
      {feed.isFetchNextPageError && (
        <ErrorState error={feed.error} onRetry={() => void feed.fetchNextPage()} retryLabel="Retry" />
      )}
      {feed.hasNextPage && !feed.isFetchNextPageError ? (
        <Button isPending={loadingMore} onPress={() => void feed.fetchNextPage()}>
          {loadingMore ? 'Loading…' : 'Load more'}
        </Button>
      ) : (
        !feed.hasNextPage && historyStart
      )}
    </>
  )

  const filteredFooter = (
    <>
      {scan.phase === 'failed' && <ErrorState error={scan.error} onRetry={scan.retry} retryLabel="Retry" />}
      {(scan.phase === 'enough' || scan.phase === 'stopped') && (
        <Button onPress={scan.findMore}>{scan.phase === 'stopped' ? 'Continue searching' : 'Find more matches'}</Button>
      )}
      {scan.phase === 'finished' && scan.matches.length > 0 && historyStart}
    </>
  )

  return (
    <>
      <PageHeading title="Activity" description="Every change to this project's insights, newest first." />
      {total === 0 ? (
        <EmptyState icon={History} title="No activity yet" description="Changes to insights will be listed here." />
      ) : (
        <>
          <div className="mb-2 flex flex-wrap items-end justify-between gap-3">
            <FeedFilters search={search} users={users} kinds={kinds} noteId={noteId} onChange={setFilters} />
          </div>
          <p id={noteId} role="status" className="mb-4 text-sm text-slate-600 dark:text-slate-400">
            {filtered
              ? feedScanSummary(scan.state)
              : `Showing ${entries.length} of ${total} ${total === 1 ? 'entry' : 'entries'}.`}
          </p>
          {filtered && scan.phase === 'searching' && (
            <ScanProgress scanned={scan.state.scanned} total={scan.state.total} onStop={scan.stop} />
          )}

          {filtered && scan.matches.length === 0 && scan.phase !== 'searching' && scan.phase !== 'failed' ? (
            <EmptyState
              icon={History}
              title={scan.phase === 'finished' ? 'No entry matches' : 'No match in the entries searched'}
              description={
                scan.phase === 'finished'
                  ? 'Nothing in this project’s history matches these filters.'
                  : 'Continue searching to look further back, or change the filters.'
              }
            />
          ) : (
            <DayList entries={filtered ? scan.matches : entries} projectId={projectId} idPrefix={noteId} />
          )}

          <div className="mt-4 flex flex-col items-start gap-3">{filtered ? filteredFooter : unfilteredFooter}</div>
        </>
      )}
    </>
  )
}
