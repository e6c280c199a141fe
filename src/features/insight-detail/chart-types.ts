import type { Threshold } from '@/api/schemas/threshold'

export const chartDisplays = ['line', 'bar', 'area'] as const
export type ChartDisplay = (typeof chartDisplays)[number]

/** One horizontal reference line: a threshold's lower or upper bound. */
export interface ThresholdLine {
  key: string
  value: number
  label: string
}

/**
 * Absolute threshold bounds as lines on the value axis. Percentage thresholds bound a relative change between
 * periods, not a value, so they have no place on this axis and are described beside the chart instead.
 */
export function thresholdLines(thresholds: readonly Threshold[]): ThresholdLine[] {
  const lines: ThresholdLine[] = []
  for (const threshold of thresholds) {
    if (threshold.configuration.type !== 'absolute') continue
    const { lower, upper } = threshold.configuration.bounds ?? {}
    if (typeof lower === 'number')
      lines.push({ key: `${threshold.id}-lower`, value: lower, label: `${threshold.name}: lower ${lower}` })
    if (typeof upper === 'number')
      lines.push({ key: `${threshold.id}-upper`, value: upper, label: `${threshold.name}: upper ${upper}` })
  }
  return lines
}
