/*
 * Each kind of chart's recharts code as a lazy chunk of its own, so an insight downloads only what its display draws (a
 * line chart no bar or pie code; a big number or a table none at all). The Overview route's loader starts the download
 * as soon as it knows the insight, before its component renders.
 */
export const chartLoaders = {
  series: () => import('./charts/trends-chart').then((module) => ({ default: module.SeriesChart })),
  funnel: () => import('./charts/funnel-chart').then((module) => ({ default: module.FunnelChart })),
  histogram: () => import('./charts/histogram-chart').then((module) => ({ default: module.HistogramChart })),
  paths: () => import('./charts/paths-chart'),
  pie: () => import('./charts/pie-chart'),
  'value-bars': () => import('./charts/value-bars-chart').then((module) => ({ default: module.ValueBarsChart })),
}

type ChartType = keyof typeof chartLoaders

/** Starts fetching the chart code a result needs (none for a view drawn in plain HTML). */
export function preloadChart(type: ChartType | null): void {
  if (type) void chartLoaders[type]()
}
