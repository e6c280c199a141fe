import type { ReactNode } from 'react'
import type { ActivityLogEntry } from '@/api/schemas/activity'
import { ActivityChanges } from './activity-diff/activity-changes'
import { TimeAgo } from './time-ago'

/**
 * Who made the change: the user's first name, else their email (PostHog's activity user is `{first_name, email}`),
 * "System" for changes nobody made by hand, and "A deleted user" when PostHog no longer knows who it was.
 */
export function activityActor(entry: ActivityLogEntry): string {
  const user = entry.user
  if (user?.is_system) return 'System'
  return user?.first_name?.trim() || user?.email || 'A deleted user'
}

function initials(name: string): string {
  return (
    name
      .split(/\s+/)
      .map((word) => word.charAt(0))
      .join('')
      .slice(0, 2)
      .toUpperCase() || '?'
  )
}

interface ActivityEntryProps {
  entry: ActivityLogEntry
  /** What was changed, after the verb ("on <insight>"); left out where the page is already about one object. */
  subject?: ReactNode
}

/**
 * One activity log entry: who did what, when, and the before/after of every change. Shared by an insight's Activity
 * tab and the project-wide activity feed, so a change reads the same in both.
 */
export function ActivityEntry({ entry, subject }: ActivityEntryProps) {
  const actor = activityActor(entry)
  const changes = entry.detail?.changes ?? []
  const fields = changes.map((change) => change.field).filter(Boolean)
  return (
    <li className="flex gap-3 py-4">
      <span
        aria-hidden
        className="flex size-8 shrink-0 items-center justify-center rounded-full bg-slate-200 text-xs font-semibold dark:bg-slate-700"
      >
        {initials(actor)}
      </span>
      <div className="min-w-0 flex-1 space-y-2">
        <p className="text-sm break-words">
          <span className="font-medium">{actor}</span> {entry.activity}
          {entry.activity === 'updated' && fields.length > 0 && ` ${fields.join(', ')}`}
          {subject && <> {subject}</>}
          <span className="text-slate-600 dark:text-slate-400">
            {' · '}
            <TimeAgo iso={entry.created_at} />
          </span>
        </p>
        <ActivityChanges changes={changes} />
      </div>
    </li>
  )
}
