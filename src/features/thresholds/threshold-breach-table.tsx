import type { ThresholdConfiguration } from '@/api/schemas/threshold'
import type { ThresholdRow } from './threshold-series'
import { boundSideLabel } from './threshold-series'
import { formatBound, formatChange, formatExcess, formatValue } from './threshold-wording'

interface ThresholdBreachTableProps {
  rows: readonly ThresholdRow[]
  type: ThresholdConfiguration['type']
}

const cell = 'px-3 py-2'

/** Every breaching point: when, the value (and change), which bound it crossed and by how much. */
export function ThresholdBreachTable({ rows, type }: ThresholdBreachTableProps) {
  const isPercentage = type === 'percentage'
  return (
    <>
      {/* Phones get one line of prose per breach; five columns do not fit 390px. */}
      <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 text-sm sm:hidden dark:divide-slate-800 dark:border-slate-800">
        {rows.map((row) =>
          row.breach ? (
            <li key={row.index} className="space-y-0.5 p-3">
              <p className="font-medium">{row.label}</p>
              <p>
                {boundSideLabel(row.breach.side)} ({formatBound(type, row.breach.bound)}) by{' '}
                {formatExcess(type, row.breach.excess)}
              </p>
              <p className="text-slate-600 dark:text-slate-400">
                Value {formatValue(row.value)}
                {isPercentage && row.compared !== null && ` · change ${formatChange(row.compared)}`}
              </p>
            </li>
          ) : null,
        )}
      </ul>
      <div className="hidden overflow-x-auto rounded-lg border border-slate-200 sm:block dark:border-slate-800">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Points outside the bounds</caption>
          <thead className="bg-slate-50 text-slate-600 dark:bg-slate-900 dark:text-slate-300">
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
                Bound crossed
              </th>
              <th scope="col" className={`${cell} font-medium`}>
                By how much
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
            {rows.map((row) =>
              row.breach ? (
                <tr key={row.index}>
                  <th scope="row" className={`${cell} font-normal whitespace-nowrap`}>
                    {row.label}
                  </th>
                  <td className={`${cell} text-right tabular-nums`}>{formatValue(row.value)}</td>
                  {isPercentage && (
                    <td className={`${cell} text-right tabular-nums`}>
                      {row.compared === null ? '—' : formatChange(row.compared)}
                    </td>
                  )}
                  <td className={cell}>
                    {boundSideLabel(row.breach.side)} ({formatBound(type, row.breach.bound)})
                  </td>
                  <td className={`${cell} tabular-nums`}>{formatExcess(type, row.breach.excess)}</td>
                </tr>
              ) : null,
            )}
          </tbody>
        </table>
      </div>
    </>
  )
}
