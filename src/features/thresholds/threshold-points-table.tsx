import type { ThresholdConfiguration } from '@/api/schemas/threshold'
import type { ThresholdRow } from './threshold-series'
import { boundSideLabel } from './threshold-series'
import { formatChange, formatValue } from './threshold-wording'

interface ThresholdPointsTableProps {
  rows: readonly ThresholdRow[]
  type: ThresholdConfiguration['type']
  seriesName: string
}

const cell = 'px-3 py-1.5'

/** The chart's numbers, point by point, for anyone who cannot or would rather not read the picture. */
export function ThresholdPointsTable({ rows, type, seriesName }: ThresholdPointsTableProps) {
  const isPercentage = type === 'percentage'
  return (
    // Focusable so keyboard users can scroll it; named so the stop says what it is.
    <div className="max-h-96 overflow-auto" tabIndex={0} role="region" aria-label={`Every point of ${seriesName}`}>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Every point of {seriesName} and whether it is within the bounds</caption>
        <thead className="sticky top-0 bg-white text-slate-600 dark:bg-slate-950 dark:text-slate-300">
          <tr>
            <th scope="col" className={`${cell} font-medium`}>
              Date
            </th>
            <th scope="col" className={`${cell} text-right font-medium`}>
              Value
            </th>
            {isPercentage && (
              <th scope="col" className={`${cell} text-right font-medium`}>
                Change
              </th>
            )}
            <th scope="col" className={`${cell} font-medium`}>
              Status
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-900">
          {rows.map((row) => (
            <tr key={row.index}>
              <th scope="row" className={`${cell} font-normal whitespace-nowrap`}>
                {row.label}
              </th>
              <td className={`${cell} text-right tabular-nums`}>{formatValue(row.value)}</td>
              {isPercentage && (
                <td className={`${cell} text-right tabular-nums`}>
                  {row.compared === null ? 'No previous value' : formatChange(row.compared)}
                </td>
              )}
              <td className={cell}>
                {row.breach ? (
                  <span className="font-medium text-red-700 dark:text-red-400">{boundSideLabel(row.breach.side)}</span>
                ) : row.compared === null ? (
                  'Not compared'
                ) : (
                  'Within bounds'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
