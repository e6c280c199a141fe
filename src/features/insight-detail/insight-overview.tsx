import { useQuery, useSuspenseQuery } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import { BellRing } from 'lucide-react'
import { useIsRefreshingInsight } from '@/api/insight-detail-extras'
import { insightQueries } from '@/api/insights'
import { insightKind } from '@/api/schemas/query'
import { thresholdQueries } from '@/api/thresholds'
import { thresholdLines, type ChartDisplay } from './chart-types'
import { insightDisplayName } from '@/api/schemas/insight'
import { InsightResultPanel, savedDisplay } from './insight-result-panel'

/** Thresholds drawn on the chart; PostHog rarely has more than a handful per insight. */
const THRESHOLDS_SHOWN = { limit: 100 }

interface InsightOverviewProps {
  projectId: string
  shortId: string
  display: ChartDisplay | undefined
  showTable: boolean
  onViewChange: (view: { display?: ChartDisplay; table?: boolean }) => void
}

/** The Overview tab: the insight's chart (or its table), with threshold bounds on trends. */
export function InsightOverview({ projectId, shortId, display, showTable, onViewChange }: InsightOverviewProps) {
  const { data: insight } = useSuspenseQuery(insightQueries.detail(projectId, shortId))
  const isTrends = insightKind(insight.query, insight.filters) === 'TRENDS'
  // Thresholds only decorate the chart: while they load, or if the key may not read them, the chart shows without.
  const thresholds = useQuery({ ...thresholdQueries.list(projectId, shortId, THRESHOLDS_SHOWN), enabled: isTrends })
  const all = thresholds.data?.results ?? []
  const isRefreshing = useIsRefreshingInsight(projectId, insight)
  const thresholdCount = thresholds.data?.count ?? 0
  return (
    <div className="space-y-3">
      <InsightResultPanel
        key={insight.id}
        insight={insight}
        name={insightDisplayName(insight)}
        thresholds={isTrends ? thresholdLines(all) : []}
        percentageThresholds={all.filter((threshold) => threshold.configuration.type === 'percentage').length}
        display={display ?? savedDisplay(insight)}
        showTable={showTable}
        onDisplayChange={(next) => onViewChange({ display: next })}
        onShowTableChange={(table) => onViewChange({ table })}
        isRefreshing={isRefreshing}
      />
      {isTrends && thresholdCount > 0 && (
        <Link
          to="/project/$projectId/insights/$shortId/thresholds"
          params={{ projectId, shortId }}
          className="inline-flex items-center gap-1.5 rounded-sm text-sm font-medium text-blue-700 hover:underline dark:text-blue-300"
        >
          <BellRing aria-hidden className="size-4" />
          {thresholdCount === 1 ? 'See its threshold' : `See its ${thresholdCount} thresholds`} and where the data crosses them
        </Link>
      )}
    </div>
  )
}
