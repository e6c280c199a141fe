import { Layer, Rectangle, ResponsiveContainer, Sankey, Tooltip, type SankeyNodeProps } from 'recharts'
import type { SankeyData } from '../chart-data'
import { formatNumber } from '../format'
import { seriesColor, tooltipContentStyle } from './chart-theme'

function PathNode({ x, y, width, height, index, payload, lastDepth }: SankeyNodeProps & { lastDepth: number }) {
  const value = typeof payload.value === 'number' ? payload.value : 0
  // The last column's labels go on the left of their bar so they stay inside the chart.
  const onLeft = payload.depth >= lastDepth
  return (
    <Layer>
      <Rectangle x={x} y={y} width={width} height={height} fill={seriesColor(index)} fillOpacity={0.9} />
      <text
        x={onLeft ? x - 6 : x + width + 6}
        y={y + height / 2}
        textAnchor={onLeft ? 'end' : 'start'}
        dominantBaseline="middle"
        fontSize={12}
        fill="currentColor"
      >
        {`${payload.name} (${formatNumber(value)})`}
      </text>
    </Layer>
  )
}

/** Paths as a Sankey: each column is a step, each band the people who went from one page to the next. */
export default function PathsChart({ data }: { data: SankeyData }) {
  const steps = new Set(data.nodes.map((node) => node.step))
  const lastDepth = Math.max(0, steps.size - 1)
  return (
    <ResponsiveContainer width="100%" height="100%">
      <Sankey
        data={data}
        nodePadding={24}
        nodeWidth={10}
        margin={{ top: 8, right: 16, bottom: 8, left: 16 }}
        link={{ stroke: 'var(--color-slate-400)', strokeOpacity: 0.35 }}
        node={(props: SankeyNodeProps) => <PathNode {...props} lastDepth={lastDepth} />}
      >
        <Tooltip
          contentStyle={tooltipContentStyle}
          formatter={(value) => (typeof value === 'number' ? formatNumber(value) : String(value))}
        />
      </Sankey>
    </ResponsiveContainer>
  )
}
