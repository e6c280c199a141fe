/*
 * The chart code (recharts) as a lazy chunk. Its own module because route loaders are bundled with the app's entry:
 * the Overview loader starts this download next to the insight request without pulling the result panel in.
 */
export const loadInsightChart = () => import('./charts/insight-chart')

/** Starts fetching the chart chunk alongside the insight itself, instead of after it arrived. */
export function preloadInsightChart(): void {
  void loadInsightChart()
}
