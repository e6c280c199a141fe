import { useSuspenseQuery } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import { ArrowLeft, Info } from 'lucide-react'
import type { ReactNode } from 'react'
import { insightQueries } from '@/api/insights'
import { thresholdQueries } from '@/api/thresholds'
import { definedBounds } from '@/lib/threshold-breaches'
import { formatCreatedDate } from './threshold-dates'
import { ThresholdSeriesSection } from './threshold-series-section'
import { thresholdSeriesSource } from './threshold-series'
import { describeThresholdRule, formatBound, thresholdTypeLabel } from './threshold-wording'

interface ThresholdDetailProps {
  projectId: string
  shortId: string
  thresholdId: string
  /** Which series of the insight to hold against the threshold (from the URL). */
  seriesIndex: number
}

const kindNames: Readonly<Record<string, string>> = {
  FUNNELS: 'a funnel',
  RETENTION: 'a retention insight',
  PATHS: 'a paths insight',
  STICKINESS: 'a stickiness insight',
  LIFECYCLE: 'a lifecycle insight',
  SQL: 'an SQL insight',
  JSON: 'a query PostHog shows as a table',
}

function Note({ children }: { children: ReactNode }) {
  return (
    <p className="flex max-w-2xl gap-2 rounded-lg border border-slate-200 bg-slate-50 p-4 text-sm dark:border-slate-800 dark:bg-slate-900">
      <Info aria-hidden className="mt-0.5 size-4 shrink-0 text-slate-500" />
      <span>{children}</span>
    </p>
  )
}

/** One threshold: how it is set, and the insight's series drawn against it with every breach listed. */
export function ThresholdDetail({ projectId, shortId, thresholdId, seriesIndex }: ThresholdDetailProps) {
  const { data: threshold } = useSuspenseQuery(thresholdQueries.detail(projectId, shortId, thresholdId))
  const { data: insight } = useSuspenseQuery(insightQueries.detail(projectId, shortId))
  const { configuration } = threshold
  const { lower, upper } = definedBounds(configuration.bounds)
  const source = thresholdSeriesSource(insight)

  return (
    <article aria-labelledby="threshold-heading" className="space-y-6">
      <Link
        to="/project/$projectId/insights/$shortId/thresholds"
        params={{ projectId, shortId }}
        className="inline-flex items-center gap-1 text-sm font-medium text-blue-700 underline-offset-4 hover:underline dark:text-blue-400"
      >
        <ArrowLeft aria-hidden className="size-4" />
        All thresholds
      </Link>

      <header className="space-y-1">
        <h2 id="threshold-heading" className="text-xl font-semibold break-words">
          {threshold.name || 'Unnamed threshold'}
        </h2>
        <p className="text-slate-700 dark:text-slate-300">{describeThresholdRule(configuration)}</p>
      </header>

      <section aria-labelledby="threshold-configuration-heading">
        <h3 id="threshold-configuration-heading" className="sr-only">
          Configuration
        </h3>
        <dl className="grid max-w-2xl grid-cols-2 gap-x-6 gap-y-3 text-sm sm:grid-cols-4">
          <div>
            <dt className="text-slate-600 dark:text-slate-400">Type</dt>
            <dd className="font-medium">{thresholdTypeLabel(configuration.type)}</dd>
          </div>
          <div>
            <dt className="text-slate-600 dark:text-slate-400">Lower bound</dt>
            <dd className="font-medium">{lower === null ? 'None' : formatBound(configuration.type, lower)}</dd>
          </div>
          <div>
            <dt className="text-slate-600 dark:text-slate-400">Upper bound</dt>
            <dd className="font-medium">{upper === null ? 'None' : formatBound(configuration.type, upper)}</dd>
          </div>
          <div>
            <dt className="text-slate-600 dark:text-slate-400">Created</dt>
            <dd className="font-medium">
              <time dateTime={threshold.created_at}>{formatCreatedDate(threshold.created_at)}</time>
            </dd>
          </div>
        </dl>
      </section>

      {source.status === 'ready' ? (
        <ThresholdSeriesSection
          configuration={configuration}
          series={source.series}
          interval={source.interval}
          seriesIndex={seriesIndex < source.series.length ? seriesIndex : 0}
        />
      ) : source.status === 'unsupported' ? (
        <Note>
          PostHog checks alerts against the series of a trends insight. This is {kindNames[source.kind] ?? 'not a trends insight'}
          , so there is no series over time to draw against these bounds.
        </Note>
      ) : (
        <Note>This insight has no computed result yet, so there is nothing to draw against these bounds.</Note>
      )}
    </article>
  )
}
