import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { ConversionHistogram } from '@/api/schemas/insight-result'
import { histogramRows } from '../chart-data'
import { formatCompact, formatDuration, formatNumber } from '../format'
import { axisTick, seriesColor, tooltipContentStyle } from './chart-theme'

const periodName = (histogram: ConversionHistogram, index: number): string =>
  histogram.compareLabel === 'previous' ? 'Previous period' : index === 0 ? 'People' : `Period ${index + 1}`

/** Funnel time to convert: people per bin of conversion time, each bar labelled with where its bin starts. */
export function HistogramChart({ histograms }: { histograms: readonly ConversionHistogram[] }) {
  const rows = histogramRows(histograms)
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={rows} margin={{ top: 12, right: 16, bottom: 4, left: 4 }} barCategoryGap={2}>
        <CartesianGrid stroke="var(--chart-grid)" vertical={false} />
        <XAxis dataKey="start" tick={axisTick} stroke="currentColor" tickFormatter={(value: number) => formatDuration(value)} />
        <YAxis tick={axisTick} stroke="currentColor" tickFormatter={formatCompact} width={48} />
        <Tooltip
          contentStyle={tooltipContentStyle}
          labelFormatter={(value) => (typeof value === 'number' ? `Converted after ${formatDuration(value)}` : '')}
          formatter={(value) => (typeof value === 'number' ? formatNumber(value) : String(value))}
        />
        {histograms.length > 1 && <Legend />}
        {histograms.map((histogram, index) => (
          <Bar
            key={index}
            dataKey={`h${index}`}
            name={periodName(histogram, index)}
            fill={seriesColor(index)}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  )
}
