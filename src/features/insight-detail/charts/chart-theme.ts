/** Series colours, distinguishable in light and dark themes and for the common colour-vision deficiencies first. */
const seriesColors = [
  '#2563eb',
  '#ea580c',
  '#16a34a',
  '#9333ea',
  '#dc2626',
  '#0891b2',
  '#ca8a04',
  '#db2777',
  '#4f46e5',
  '#65a30d',
] as const

export function seriesColor(index: number): string {
  return seriesColors[index % seriesColors.length] ?? '#2563eb'
}

/** Lifecycle statuses keep PostHog's meaning-bearing colours: new green, dormant red. */
const lifecycleColors: Readonly<Record<string, string>> = {
  new: '#16a34a',
  returning: '#2563eb',
  resurrecting: '#9333ea',
  dormant: '#dc2626',
}

/*
 * recharts draws with inline SVG attributes, so the theme reaches it through CSS variables set on the chart frame
 * (light values, overridden under `.dark`).
 */
export const chartFrameClass =
  'text-slate-600 dark:text-slate-300 [--chart-grid:var(--color-slate-200)] dark:[--chart-grid:var(--color-slate-800)] [--chart-tooltip-bg:var(--color-white)] dark:[--chart-tooltip-bg:var(--color-slate-900)] [--chart-tooltip-border:var(--color-slate-200)] dark:[--chart-tooltip-border:var(--color-slate-700)]'

export const tooltipContentStyle = {
  background: 'var(--chart-tooltip-bg)',
  border: '1px solid var(--chart-tooltip-border)',
  borderRadius: 8,
  fontSize: 12,
} as const

export const axisTick = { fill: 'currentColor', fontSize: 12 } as const

/** A lifecycle series is coloured by its status; any other series by its position. */
export function colorOfSeries(series: object, index: number): string {
  const status: unknown = 'status' in series ? series.status : undefined
  return (typeof status === 'string' ? lifecycleColors[status] : undefined) ?? seriesColor(index)
}
