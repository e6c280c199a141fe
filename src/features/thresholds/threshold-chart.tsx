import {
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceArea,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
  type DotItemDotProps,
} from 'recharts'
import type { ThresholdRow } from './threshold-series'

/*
 * recharts is heavy, so this module is only ever loaded through React.lazy by the threshold detail tab. The chart is
 * a picture for sighted users (role="img" with a summary); the same numbers are in the tables beside it.
 */

export interface ThresholdChartProps {
  rows: readonly ThresholdRow[]
  bounds: { lower: number | null; upper: number | null }
  domain: [number, number]
  ticks: number[]
  /** Formats a y value (a count, or a change in percent) for ticks, bound labels and the tooltip. */
  formatY: (value: number) => string
  /** Formats a point's exact value for the tooltip, where ticks may round (12.3K). */
  formatExact: (value: number) => string
  /** What the line measures, e.g. "Change from the previous day"; the tooltip names it. */
  yLabel: string
  /** One sentence for screen readers: what the picture shows. */
  summary: string
}

// Mid-tone colours read on both the light and the dark background.
const LINE = '#3b82f6'
const BAND = '#10b981'
const BOUND = '#64748b'
const BREACH = '#dc2626'
const AXIS = '#64748b'

/** Breaches get a triangle pointing the way the bound was crossed, so they do not rely on colour alone. */
function BreachMarker({ cx, cy, side }: { cx: number; cy: number; side: 'lower' | 'upper' }) {
  const size = 7
  const points =
    side === 'upper'
      ? `${cx},${cy - size} ${cx - size},${cy + size * 0.75} ${cx + size},${cy + size * 0.75}`
      : `${cx},${cy + size} ${cx - size},${cy - size * 0.75} ${cx + size},${cy - size * 0.75}`
  return <polygon points={points} fill={BREACH} stroke="#fff" strokeWidth={1.5} />
}

export function ThresholdChart({ rows, bounds, domain, ticks, formatY, formatExact, yLabel, summary }: ThresholdChartProps) {
  const renderDot = ({ cx, cy, index }: DotItemDotProps) => {
    const breach = rows[index]?.breach
    if (typeof cx !== 'number' || typeof cy !== 'number' || !breach) return <g key={index} />
    return <BreachMarker key={index} cx={cx} cy={cy} side={breach.side} />
  }

  return (
    <div role="img" aria-label={summary} className="h-72 w-full sm:h-80">
      <ComposedChart
        data={[...rows]}
        responsive
        style={{ width: '100%', height: '100%' }}
        margin={{ top: 12, right: 16, bottom: 4, left: 4 }}
        accessibilityLayer={false}
      >
        <CartesianGrid strokeDasharray="3 3" stroke={AXIS} strokeOpacity={0.25} vertical={false} />
        <XAxis dataKey="label" tick={{ fill: AXIS, fontSize: 12 }} tickLine={false} minTickGap={24} />
        <YAxis
          domain={domain}
          ticks={ticks}
          interval={0}
          tick={{ fill: AXIS, fontSize: 12 }}
          tickLine={false}
          tickFormatter={formatY}
          width={64}
        />
        <ReferenceArea
          y1={bounds.lower ?? domain[0]}
          y2={bounds.upper ?? domain[1]}
          fill={BAND}
          fillOpacity={0.14}
          stroke="none"
          ifOverflow="hidden"
        />
        {bounds.lower !== null && (
          <ReferenceLine
            y={bounds.lower}
            stroke={BOUND}
            strokeDasharray="5 4"
            label={{ value: `Lower ${formatY(bounds.lower)}`, position: 'insideBottomRight', fill: AXIS, fontSize: 12 }}
          />
        )}
        {bounds.upper !== null && (
          <ReferenceLine
            y={bounds.upper}
            stroke={BOUND}
            strokeDasharray="5 4"
            label={{ value: `Upper ${formatY(bounds.upper)}`, position: 'insideTopRight', fill: AXIS, fontSize: 12 }}
          />
        )}
        <Tooltip
          formatter={(value) => (typeof value === 'number' ? formatExact(value) : String(value))}
          contentStyle={{ fontSize: 12 }}
        />
        <Line
          type="linear"
          dataKey="plotted"
          name={yLabel}
          stroke={LINE}
          strokeWidth={2}
          dot={renderDot}
          activeDot={{ r: 4 }}
          isAnimationActive={false}
        />
      </ComposedChart>
    </div>
  )
}
