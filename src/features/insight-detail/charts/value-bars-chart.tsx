import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { ValueSlice } from '../chart-data'
import { formatCompact, formatNumber } from '../format'
import { axisTick, seriesColor, tooltipContentStyle } from './chart-theme'

/** PostHog's "bar chart by value" (`ActionsBarValue`): one horizontal bar per series, largest on top. */
export function ValueBarsChart({ slices }: { slices: readonly ValueSlice[] }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={[...slices]} layout="vertical" margin={{ top: 8, right: 56, bottom: 4, left: 4 }}>
        <CartesianGrid stroke="var(--chart-grid)" horizontal={false} />
        <XAxis type="number" tick={axisTick} stroke="currentColor" tickFormatter={formatCompact} />
        <YAxis type="category" dataKey="name" tick={axisTick} stroke="currentColor" width={140} />
        <Tooltip
          contentStyle={tooltipContentStyle}
          formatter={(value) => (typeof value === 'number' ? formatNumber(value) : String(value))}
        />
        <Bar dataKey="value" name="Value" isAnimationActive={false} maxBarSize={36}>
          {slices.map((slice) => (
            <Cell key={slice.index} fill={seriesColor(slice.index)} />
          ))}
          <LabelList
            dataKey="value"
            position="right"
            fill="currentColor"
            fontSize={12}
            formatter={(value: unknown) => (typeof value === 'number' ? formatNumber(value) : '')}
          />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  )
}
