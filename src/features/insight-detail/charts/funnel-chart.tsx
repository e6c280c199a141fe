import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { FunnelView } from '../chart-data'
import { formatCompact, formatNumber, formatPercent } from '../format'
import { axisTick, seriesColor, tooltipContentStyle } from './chart-theme'

interface FunnelRow {
  step: string
  [breakdown: string]: string | number
}

interface StepTickProps {
  x?: number | string
  y?: number | string
  width?: number | string
  visibleTicksCount?: number
  payload?: { value?: unknown }
}

/** A step's label cut to the room its bar has, so neighbouring labels never overlap on a phone; the full name is in the cards and the table. */
function StepTick({ x = 0, y = 0, width = 0, visibleTicksCount = 1, payload }: StepTickProps) {
  const label = typeof payload?.value === 'string' ? payload.value : ''
  const room = Math.max(4, Math.floor(Number(width) / Math.max(1, visibleTicksCount) / 7))
  const text = label.length > room ? `${label.slice(0, room - 1)}…` : label
  return (
    <text x={Number(x)} y={Number(y) + 12} textAnchor="middle" fontSize={12} fill="currentColor">
      <title>{label}</title>
      {text}
    </text>
  )
}

/** Steps as bars, one bar per breakdown value; each bar is labelled with its conversion from the first step. */
export function FunnelChart({ views }: { views: readonly FunnelView[] }) {
  const stepCount = views.reduce((max, view) => Math.max(max, view.steps.length), 0)
  const rows: FunnelRow[] = Array.from({ length: stepCount }, (_, index) => {
    const row: FunnelRow = { step: `${index + 1}. ${views[0]?.steps[index]?.name ?? ''}` }
    views.forEach((view, viewIndex) => {
      const step = view.steps[index]
      if (!step) return
      row[`b${viewIndex}`] = step.count
      row[`b${viewIndex}-rate`] = formatPercent(step.conversionFromStart)
    })
    return row
  })
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={rows} margin={{ top: 24, right: 16, bottom: 4, left: 4 }}>
        <CartesianGrid stroke="var(--chart-grid)" vertical={false} />
        <XAxis dataKey="step" tick={(props: StepTickProps) => <StepTick {...props} />} stroke="currentColor" interval={0} />
        <YAxis tick={axisTick} stroke="currentColor" tickFormatter={formatCompact} width={48} />
        <Tooltip
          contentStyle={tooltipContentStyle}
          formatter={(value) => (typeof value === 'number' ? formatNumber(value) : String(value))}
        />
        {views.length > 1 && <Legend />}
        {views.map((view, index) => (
          <Bar
            key={view.breakdown ?? 'all'}
            dataKey={`b${index}`}
            name={view.breakdown ?? 'People'}
            fill={seriesColor(index)}
            maxBarSize={80}
            isAnimationActive={false}
          >
            <LabelList dataKey={`b${index}-rate`} position="top" fill="currentColor" fontSize={12} />
          </Bar>
        ))}
      </BarChart>
    </ResponsiveContainer>
  )
}
