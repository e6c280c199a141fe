import { BellRing } from 'lucide-react'
import { insightDisplayName, type InsightBasic } from '@/api/schemas/insight'
import { HighlightedText } from '@/components/highlighted-text'
import { TagChip } from '@/components/tag-chip'
import { insightDetailHref, ROW_LINK_ATTRIBUTE } from './row-links'

function firstLine(text: string | null): string {
  return text?.split('\n', 1)[0]?.trim() ?? ''
}

interface InsightTitleProps {
  insight: InsightBasic
  projectId: string
  term: string | undefined
  /** The insight has alerts: a bell follows its name. */
  hasAlerts: boolean
}

/**
 * Name (a link to the detail page, which `useRowLinkClicks` on the list opens in the app), the description's first line
 * and, for approximate search hits, a "similar" mark.
 *
 * The alerts bell comes after the rows (alerts are read when the browser is idle), so it sits in room every title keeps
 * for it at its right: when it appears no name wraps anew and no row below moves, so a click aimed at a row cannot land
 * on the one above it.
 */
export function InsightTitle({ insight, projectId, term, hasAlerts }: InsightTitleProps) {
  const named = Boolean(insight.name?.trim())
  const name = insightDisplayName(insight)
  const description = firstLine(insight.description)
  return (
    <div className="relative min-w-0 pr-6">
      <div className="flex min-w-0 items-start gap-2">
        {/*
         * Names wrap (up to three lines, which the longest demo names need at 1280 px) rather than end in "…". A longer
         * one is clamped: the whole name is its tooltip, and keyboard focus unclamps it.
         */}
        <a
          href={insightDetailHref(projectId, insight.short_id)}
          {...{ [ROW_LINK_ATTRIBUTE]: '' }}
          dir="auto"
          title={name}
          className={`line-clamp-3 rounded-sm font-medium [overflow-wrap:anywhere] text-blue-700 outline-none hover:underline focus-visible:line-clamp-none focus-visible:ring-2 focus-visible:ring-blue-500 dark:text-blue-300 ${named ? '' : 'text-slate-600! italic dark:text-slate-400!'}`}
        >
          <HighlightedText text={name} term={term} />
        </a>
        {hasAlerts && (
          <BellRing
            role="img"
            aria-label="Has alerts"
            className="absolute top-0.5 right-0 size-4 text-amber-600 dark:text-amber-400"
          >
            <title>Has alerts: thresholds watch this insight</title>
          </BellRing>
        )}
        {insight.search_match_type === 'similar' && (
          <span
            title="Not an exact match: the name is similar to the search"
            className="shrink-0 rounded-full bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900 dark:bg-amber-900/50 dark:text-amber-200"
          >
            Similar
          </span>
        )}
      </div>
      {description && (
        <p dir="auto" title={description} className="truncate text-sm text-slate-600 dark:text-slate-400">
          <HighlightedText text={description} term={term} />
        </p>
      )}
    </div>
  )
}

export function TagList({ tags, term }: { tags: readonly string[]; term: string | undefined }) {
  // slate-600, not -500: it must keep 4.5:1 on a selected (blue) or hovered row too.
  if (!tags.length) return <span className="text-sm text-slate-600 dark:text-slate-400">—</span>
  return (
    <ul aria-label="Tags" className="flex flex-wrap gap-1">
      {tags.map((tag) => (
        <li key={tag}>
          <TagChip tag={tag}>
            <HighlightedText text={tag} term={term} />
          </TagChip>
        </li>
      ))}
    </ul>
  )
}
