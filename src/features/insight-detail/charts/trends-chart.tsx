import {
  Area,
  Bar,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import type { LifecycleSeries, TrendsSeries } from '@/api/schemas/insight-result'
import { seriesKey, seriesName, seriesRows } from '../chart-data'
import type { ChartDisplay, ThresholdLine } from '../chart-types'
import { formatCompact, formatNumber } from '../format'
import { axisTick, colorOfSeries, tooltipContentStyle } from './chart-theme'

interface SeriesChartProps {
  series: readonly (TrendsSeries | LifecycleSeries)[]
  display: ChartDisplay
  hiddenSeries: ReadonlySet<number>
  thresholds: readonly ThresholdLine[]
  /** Lifecycle stacks its statuses, dormant below zero. */
  stacked?: boolean
  /** Values are percentages (funnel conversion rates over time). */
  percent?: boolean
}

/** Trends, stickiness and lifecycle: one line, bar or area per series over the same x axis. */
export function SeriesChart({ series, display, hiddenSeries, thresholds, stacked = false, percent = false }: SeriesChartProps) {
  const rows = seriesRows(series)
  const tick = (value: number) => (percent ? `${formatCompact(value)}%` : formatCompact(value))
  return (
    <ResponsiveContainer width="100%" height="100%">
      <ComposedChart data={rows} margin={{ top: 12, right: 16, bottom: 4, left: 4 }} stackOffset={stacked ? 'sign' : 'none'}>
        <CartesianGrid stroke="var(--chart-grid)" vertical={false} />
        <XAxis dataKey="label" tick={axisTick} stroke="currentColor" minTickGap={24} />
        <YAxis tick={axisTick} stroke="currentColor" tickFormatter={tick} width={48} />
        <Tooltip
          contentStyle={tooltipContentStyle}
          formatter={(value) => (typeof value === 'number' ? `${formatNumber(value)}${percent ? '%' : ''}` : String(value))}
        />
        {stacked && <ReferenceLine y={0} stroke="currentColor" />}
        {series.map((item, index) => {
          if (hiddenSeries.has(index)) return null
          const common = { dataKey: seriesKey(index), name: seriesName(item), isAnimationActive: false }
          const color = colorOfSeries(item, index)
          // The previous period of a comparison is drawn dashed in its series' colour, as PostHog does.
          const dashed = item.compare_label === 'previous' ? '6 4' : undefined
          if (display === 'bar')
            return <Bar {...common} key={index} fill={color} stackId={stacked ? 'stack' : undefined} maxBarSize={32} />
          if (display === 'area')
            return (
              <Area
                {...common}
                key={index}
                type="monotone"
                stroke={color}
                fill={color}
                fillOpacity={0.15}
                strokeWidth={2}
                strokeDasharray={dashed}
              />
            )
          return (
            <Line {...common} key={index} type="monotone" stroke={color} strokeWidth={2} dot={false} strokeDasharray={dashed} />
          )
        })}
        {thresholds.map((threshold) => (
          <ReferenceLine
            key={threshold.key}
            y={threshold.value}
            stroke="#dc2626"
            strokeDasharray="6 4"
            ifOverflow="extendDomain"
            label={{ value: threshold.label, position: 'insideTopRight', fill: '#dc2626', fontSize: 12 }}
          />
        ))}
      </ComposedChart>
    </ResponsiveContainer>
  )
}
