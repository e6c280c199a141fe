import { Cell, Legend, Pie, PieChart as RechartsPieChart, ResponsiveContainer, Tooltip } from 'recharts'
import type { ValueSlice } from '../chart-data'
import { formatNumber, formatPercent } from '../format'
import { seriesColor, tooltipContentStyle } from './chart-theme'

/** PostHog's pie (`ActionsPie`): one slice per series, sized by its aggregated value, with its share as the label. */
export default function PieChart({ slices }: { slices: readonly ValueSlice[] }) {
  const total = slices.reduce((sum, slice) => sum + Math.max(0, slice.value), 0)
  // Negative values cannot be a slice; they stay in the table.
  const drawn = slices.filter((slice) => slice.value > 0)
  return (
    <ResponsiveContainer width="100%" height="100%">
      <RechartsPieChart margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
        <Pie
          data={drawn}
          dataKey="value"
          nameKey="name"
          innerRadius="45%"
          outerRadius="80%"
          isAnimationActive={false}
          label={({ value }: { value?: unknown }) =>
            typeof value === 'number' && total > 0 ? formatPercent((value / total) * 100) : ''
          }
          labelLine={false}
        >
          {drawn.map((slice) => (
            <Cell key={slice.index} fill={seriesColor(slice.index)} stroke="var(--chart-tooltip-bg)" />
          ))}
        </Pie>
        <Tooltip
          contentStyle={tooltipContentStyle}
          formatter={(value) => (typeof value === 'number' ? formatNumber(value) : String(value))}
        />
        <Legend />
      </RechartsPieChart>
    </ResponsiveContainer>
  )
}
