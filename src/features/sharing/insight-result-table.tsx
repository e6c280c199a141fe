import type { ReactNode } from 'react'
import type { Insight } from '@/api/schemas/insight'
import { readInsightResult, seriesValue, type FunnelStep, type InsightResultView } from '@/api/schemas/insight-result'
import { insightKind } from '@/api/schemas/query'

const numberFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 })
const percentFormat = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 1 })
/** Path insights can have thousands of links; a viewer reads the busiest ones. */
const MAX_PATH_LINKS = 50

interface Table {
  caption: string
  columns: string[]
  /** Columns of numbers are right-aligned, so digits line up. */
  numeric: boolean[]
  rows: { key: string; cells: ReactNode[] }[]
  note?: string
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '—'
  if (typeof value === 'number') return numberFormat.format(value)
  if (typeof value === 'string') return value
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  return JSON.stringify(value)
}

function breakdownText(value: FunnelStep['breakdown_value']): string {
  if (value === null || value === undefined) return ''
  return Array.isArray(value) ? value.join(', ') : String(value)
}

function funnelRows(steps: FunnelStep[], withBreakdown: boolean, prefix: string): Table['rows'] {
  const first = steps[0]?.count ?? 0
  return steps.map((step) => ({
    key: `${prefix}-${step.order}`,
    cells: [
      ...(withBreakdown ? [breakdownText(step.breakdown_value) || 'None'] : []),
      step.order + 1,
      step.custom_name ?? step.name,
      numberFormat.format(step.count),
      first > 0 ? percentFormat.format(step.count / first) : '—',
    ],
  }))
}

/** Every result shape as rows and columns: the viewer shows data, not a chart. */
function tableOf(view: InsightResultView): Table | null {
  switch (view.kind) {
    case 'TRENDS':
    case 'STICKINESS':
    case 'LIFECYCLE': {
      // One-number displays (big number, pie, bar by value, world map) send no points: one row per series.
      if (view.series.every((series) => series.data.length === 0))
        return {
          caption: 'Value per series',
          columns: ['Series', 'Value'],
          numeric: [false, true],
          rows: view.series.map((series, index) => ({
            key: `${index}-${series.label}`,
            cells: [series.label, cellText(seriesValue(series))],
          })),
        }
      // Dates down the side, one column per series: dates outnumber series, and rows scroll better than columns.
      const labels = view.series[0]?.labels ?? []
      return {
        caption: 'Values per period',
        columns: ['Period', ...view.series.map((series) => series.label)],
        numeric: [false, ...view.series.map(() => true)],
        rows: labels.map((label, index) => ({
          key: `${index}-${label}`,
          cells: [label, ...view.series.map((series) => cellText(series.data[index]))],
        })),
      }
    }
    case 'FUNNELS': {
      if (view.viz === 'time_to_convert')
        return {
          caption: 'People by time to convert',
          columns: [...(view.histograms.length > 1 ? ['Period'] : []), 'Converted after (seconds)', 'People'],
          numeric: [...(view.histograms.length > 1 ? [false] : []), true, true],
          rows: view.histograms.flatMap((histogram, index) =>
            histogram.bins.map(([start, people]) => ({
              key: `${index}-${start}`,
              cells: [...(view.histograms.length > 1 ? [histogram.compareLabel ?? ''] : []), cellText(start), cellText(people)],
            })),
          ),
        }
      if (view.viz === 'trends') {
        const labels = view.series[0]?.labels ?? []
        return {
          caption: 'Conversion rate per period (%)',
          columns: ['Period', ...view.series.map((series) => series.compare_label ?? 'Conversion rate')],
          numeric: [false, ...view.series.map(() => true)],
          rows: labels.map((label, index) => ({
            key: `${index}-${label}`,
            cells: [label, ...view.series.map((series) => cellText(series.data[index]))],
          })),
        }
      }
      const nested = view.steps.length > 0 && Array.isArray(view.steps[0])
      const groups = (nested ? view.steps : [view.steps]) as FunnelStep[][]
      return {
        caption: 'Funnel steps',
        columns: [...(nested ? ['Breakdown'] : []), 'Step', 'Name', 'Count', 'Of first step'],
        numeric: [...(nested ? [false] : []), true, false, true, true],
        rows: groups.flatMap((steps, index) => funnelRows(steps, nested, String(index))),
      }
    }
    case 'RETENTION': {
      const periods = Math.max(0, ...view.cohorts.map((cohort) => cohort.values.length))
      return {
        caption: 'Retention by cohort',
        columns: ['Cohort', ...Array.from({ length: periods }, (_, index) => `Period ${index}`)],
        numeric: [false, ...Array.from({ length: periods }, () => true)],
        rows: view.cohorts.map((cohort) => {
          const size = cohort.values[0]?.count ?? 0
          return {
            key: cohort.date,
            cells: [
              cohort.label,
              ...Array.from({ length: periods }, (_, index) => {
                const value = cohort.values[index]
                if (!value) return '—'
                return index === 0 || size === 0
                  ? numberFormat.format(value.count)
                  : `${numberFormat.format(value.count)} (${percentFormat.format(value.count / size)})`
              }),
            ],
          }
        }),
      }
    }
    case 'PATHS': {
      const links = [...view.links].sort((a, b) => b.value - a.value)
      return {
        caption: 'Paths between steps',
        columns: ['From', 'To', 'Users'],
        numeric: [false, false, true],
        rows: links.slice(0, MAX_PATH_LINKS).map((link, index) => ({
          key: `${index}-${link.source}-${link.target}`,
          cells: [link.source, link.target, numberFormat.format(link.value)],
        })),
        ...(links.length > MAX_PATH_LINKS ? { note: `The ${MAX_PATH_LINKS} busiest of ${links.length} paths.` } : {}),
      }
    }
    case 'SQL':
      return {
        caption: 'Query results',
        columns: view.columns,
        numeric: view.columns.map((_, index) => view.rows.every((row) => typeof row[index] === 'number')),
        rows: view.rows.map((row, index) => ({ key: String(index), cells: row.map(cellText) })),
      }
    case 'JSON':
    case 'unavailable':
      return null
  }
}

/** The insight's result as an accessible table; text from the API is always rendered as text, never as HTML. */
export function InsightResultTable({ insight }: { insight: Insight }) {
  const view = readInsightResult(insightKind(insight.query, insight.filters), insight.result, insight.columns)
  if (view.kind === 'JSON') {
    return (
      <pre className="overflow-x-auto rounded-md bg-slate-50 p-3 text-xs dark:bg-slate-900">
        {JSON.stringify(view.value, null, 2)}
      </pre>
    )
  }
  const table = tableOf(view)
  if (!table || table.rows.length === 0) {
    return <p className="text-sm text-slate-600 dark:text-slate-400">This insight has no results to show yet.</p>
  }
  return (
    <div>
      {/* Wide results scroll sideways; the region is focusable so keyboard users can scroll it too. */}
      <div
        role="region"
        aria-label={table.caption}
        tabIndex={0}
        className="max-h-[32rem] overflow-auto rounded-lg border border-slate-200 dark:border-slate-800"
      >
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">{table.caption}</caption>
          <thead className="sticky top-0 bg-slate-50 dark:bg-slate-900">
            <tr>
              {table.columns.map((column, index) => (
                <th
                  key={`${index}-${column}`}
                  scope="col"
                  className={`border-b border-slate-200 px-3 py-2 font-semibold whitespace-nowrap dark:border-slate-800 ${table.numeric[index] ? 'text-right' : 'text-left'}`}
                >
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.key} className="odd:bg-white even:bg-slate-50/60 dark:odd:bg-slate-950 dark:even:bg-slate-900/50">
                {row.cells.map((cell, index) =>
                  index === 0 ? (
                    <th key={index} scope="row" className="px-3 py-1.5 text-left font-medium whitespace-nowrap">
                      {cell}
                    </th>
                  ) : (
                    <td
                      key={index}
                      className={`px-3 py-1.5 whitespace-nowrap ${table.numeric[index] ? 'text-right tabular-nums' : ''}`}
                    >
                      {cell}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {table.note && <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">{table.note}</p>}
    </div>
  )
}
