/*
 * Its own module because the Overview's URL schema (overview-search.ts), which the app's entry carries, needs this list
 * and nothing else of chart-types.ts.
 */

/** The chart types a reader may switch a time series to (the URL's `display`); they redraw the same points. */
export const chartDisplays = ['line', 'bar', 'area'] as const
export type ChartDisplay = (typeof chartDisplays)[number]
