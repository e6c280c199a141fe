import { lazyCode } from '@/lib/lazy-code'

/*
 * Each kind of chart's recharts code as a lazy chunk of its own, so an insight downloads only what its display draws (a
 * line chart no bar or pie code; a big number or a table none at all). The Overview route's loader starts the download
 * as soon as it knows the insight, before its component renders.
 */
export const chartCode = {
  series: lazyCode(() => import('./charts/trends-chart').then((module) => module.SeriesChart)),
  funnel: lazyCode(() => import('./charts/funnel-chart').then((module) => module.FunnelChart)),
  histogram: lazyCode(() => import('./charts/histogram-chart').then((module) => module.HistogramChart)),
  paths: lazyCode(() => import('./charts/paths-chart').then((module) => module.default)),
  pie: lazyCode(() => import('./charts/pie-chart').then((module) => module.default)),
  'value-bars': lazyCode(() => import('./charts/value-bars-chart').then((module) => module.ValueBarsChart)),
}

/** Starts fetching the chart code a result needs (none for a view drawn in plain HTML). */
export function preloadChart(type: keyof typeof chartCode | null): void {
  if (type) void chartCode[type].load()
}
