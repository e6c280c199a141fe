import type { ConversionHistogram, LifecycleSeries, PathsLink, RetentionCohort, TrendsSeries } from '@/api/schemas/insight-result'
import {
  countryName,
  histogramRows,
  jsonColumns,
  pathNodeLabel,
  retentionShare,
  seriesKey,
  seriesName,
  seriesRows,
  seriesValues,
  type FunnelView,
} from './chart-data'
import { formatCell, formatDuration, formatNumber, formatPercent } from './format'
import { ResultTable, type ResultRow } from './result-table'

/** Trends, stickiness and lifecycle: one row per point, one column per series, and a total row. */
export function SeriesTable({
  series,
  caption,
  pointLabel,
}: {
  series: readonly (TrendsSeries | LifecycleSeries)[]
  caption: string
  pointLabel: string
}) {
  const columns = series.map((item, index) => ({ key: seriesKey(index), label: seriesName(item), numeric: true }))
  const rows: ResultRow[] = seriesRows(series).map((row, index) => ({
    key: String(index),
    header: row.label,
    cells: Object.fromEntries(
      columns.map((column) => {
        const value = row[column.key]
        return [column.key, typeof value === 'number' ? formatNumber(value) : '']
      }),
    ),
  }))
  rows.push({
    key: 'total',
    header: <strong>Total</strong>,
    cells: Object.fromEntries(
      series.map((item, index) => [seriesKey(index), <strong key="total">{formatNumber(item.count)}</strong>]),
    ),
  })
  return <ResultTable caption={caption} headerLabel={pointLabel} columns={columns} rows={rows} />
}

const funnelColumns = [
  { key: 'count', label: 'People', numeric: true },
  { key: 'fromStart', label: 'Conversion from first step', numeric: true },
  { key: 'fromPrevious', label: 'Conversion from previous step', numeric: true },
  { key: 'dropped', label: 'Dropped off', numeric: true },
  { key: 'dropRate', label: 'Drop-off rate', numeric: true },
  { key: 'time', label: 'Average time to convert', numeric: true },
] as const

function FunnelViewTable({ view, caption }: { view: FunnelView; caption: string }) {
  const rows: ResultRow[] = view.steps.map((step, index) => ({
    key: String(index),
    header: `${index + 1}. ${step.name}`,
    cells: {
      count: formatNumber(step.count),
      fromStart: formatPercent(step.conversionFromStart),
      fromPrevious: index === 0 ? '—' : formatPercent(step.conversionFromPrevious),
      dropped: index === 0 ? '—' : formatNumber(step.droppedOff),
      dropRate: index === 0 ? '—' : formatPercent(step.dropOffRate),
      time: formatDuration(step.averageConversionTime),
    },
  }))
  return <ResultTable caption={caption} headerLabel="Step" columns={funnelColumns} rows={rows} />
}

export function FunnelTable({ views, caption }: { views: readonly FunnelView[]; caption: string }) {
  return (
    <div className="space-y-4">
      {views.map((view) => (
        <FunnelViewTable
          key={view.breakdown ?? 'all'}
          view={view}
          caption={view.breakdown === null ? caption : `${caption}, breakdown ${view.breakdown}`}
        />
      ))}
    </div>
  )
}

/**
 * Shade of a retention cell: stronger blue for a larger share, capped at half strength so the cell's text keeps
 * WCAG AA contrast on it in both themes.
 */
function retentionShade(share: number): string {
  return `color-mix(in srgb, rgb(37 99 235) ${Math.round(8 + share * 0.42)}%, transparent)`
}

/** The cohort table: each cell the people still there in that period and their share of the cohort. */
export function RetentionTable({
  cohorts,
  caption,
  shaded,
}: {
  cohorts: readonly RetentionCohort[]
  caption: string
  shaded: boolean
}) {
  const periods = cohorts.reduce((max, cohort) => Math.max(max, cohort.values.length), 0)
  const columns = Array.from({ length: periods }, (_, index) => ({
    key: `p${index}`,
    label: cohorts[0]?.values[index]?.label ?? `Period ${index}`,
    numeric: true,
  }))
  const rows: ResultRow[] = cohorts.map((cohort, cohortIndex) => {
    const cells: ResultRow['cells'] = {}
    const shades: Record<string, string> = {}
    cohort.values.forEach((value, period) => {
      const share = retentionShare(cohort, period) ?? 0
      cells[`p${period}`] = (
        <span className="whitespace-nowrap">
          {formatNumber(value.count)} ({formatPercent(share)})
        </span>
      )
      if (shaded) shades[`p${period}`] = retentionShade(share)
    })
    return { key: String(cohortIndex), header: `${cohort.label} (${cohort.date.slice(0, 10)})`, cells, shades }
  })
  return <ResultTable caption={caption} headerLabel="Cohort" columns={columns} rows={rows} dense />
}

export function PathsTable({ links, caption }: { links: readonly PathsLink[]; caption: string }) {
  const columns = [
    { key: 'step', label: 'Step', numeric: true },
    { key: 'people', label: 'People', numeric: true },
    { key: 'time', label: 'Average time', numeric: true },
  ]
  const rows: ResultRow[] = links.map((link, index) => {
    const source = pathNodeLabel(link.source)
    const target = pathNodeLabel(link.target)
    return {
      key: String(index),
      header: `${source.name} → ${target.name}`,
      cells: {
        step: `${source.step} → ${target.step}`,
        people: formatNumber(link.value),
        time: formatDuration(link.average_conversion_time == null ? null : link.average_conversion_time / 1000),
      },
    }
  })
  return <ResultTable caption={caption} headerLabel="Path" columns={columns} rows={rows} />
}

/** SQL rows: the first column heads each row, as it usually names what the row is about. */
export function SqlTable({
  columns,
  rows,
  caption,
}: {
  columns: readonly string[]
  rows: readonly unknown[][]
  caption: string
}) {
  const [first = 'Row', ...rest] = columns
  const tableColumns = rest.map((name, index) => ({
    key: String(index + 1),
    label: name,
    numeric: rows.every((row) => typeof row[index + 1] === 'number'),
  }))
  const tableRows: ResultRow[] = rows.map((row, index) => ({
    key: String(index),
    header: formatCell(row[0]),
    cells: Object.fromEntries(tableColumns.map((column) => [column.key, formatCell(row[Number(column.key)])])),
  }))
  return <ResultTable caption={caption} headerLabel={first} columns={tableColumns} rows={tableRows} />
}

/** A JSON result that is a list of objects reads best as a table; anything else is shown as formatted JSON text. */
export function JsonResult({ value, caption }: { value: unknown; caption: string }) {
  const rows = Array.isArray(value) ? value : null
  const columns = rows ? jsonColumns(rows) : []
  if (!rows || columns.length === 0) {
    return (
      <pre
        role="region"
        aria-label={caption}
        tabIndex={0}
        className="max-h-[32rem] overflow-auto rounded-lg border border-slate-200 bg-slate-50 p-3 text-xs dark:border-slate-800 dark:bg-slate-900"
      >
        {JSON.stringify(value, null, 2)}
      </pre>
    )
  }
  const cell = (row: unknown, column: string): unknown =>
    typeof row === 'object' && row !== null ? (Object.getOwnPropertyDescriptor(row, column)?.value as unknown) : undefined
  return (
    <ResultTable
      caption={caption}
      headerLabel="#"
      columns={columns.map((column) => ({ key: column, label: column }))}
      rows={rows.map((row, index) => ({
        key: String(index),
        header: String(index + 1),
        cells: Object.fromEntries(columns.map((column) => [column, formatCell(cell(row, column))])),
      }))}
    />
  )
}

const countryNames = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames(['en'], { type: 'region' }) : null

/**
 * One value per series (big number, pie, bar by value, PostHog's table display, world map), largest first, with each
 * one's share of the total. A world map's breakdown values are country codes, shown with the country's name.
 */
export function SeriesValueTable({
  series,
  caption,
  countries = false,
}: {
  series: readonly TrendsSeries[]
  caption: string
  countries?: boolean
}) {
  const slices = seriesValues(series)
  const total = slices.reduce((sum, slice) => sum + Math.max(0, slice.value), 0)
  const columns = [
    { key: 'value', label: 'Value', numeric: true },
    { key: 'share', label: 'Share of total', numeric: true },
  ]
  const rows: ResultRow[] = slices.map((slice) => {
    const item = series[slice.index]
    const code = typeof item?.breakdown_value === 'string' ? item.breakdown_value : null
    return {
      key: String(slice.index),
      header: countries && code ? `${countryName(code, countryNames)} (${code})` : slice.name,
      cells: {
        value: formatNumber(slice.value),
        share: total > 0 && slice.value >= 0 ? formatPercent((slice.value / total) * 100) : '—',
      },
    }
  })
  return <ResultTable caption={caption} headerLabel={countries ? 'Country' : 'Series'} columns={columns} rows={rows} />
}

/** Funnel time to convert: people per bin of conversion time, one column per period when comparing. */
export function ConversionHistogramTable({
  histograms,
  caption,
}: {
  histograms: readonly ConversionHistogram[]
  caption: string
}) {
  const columns = histograms.map((histogram, index) => ({
    key: `h${index}`,
    label: histogram.compareLabel === 'previous' ? 'People, previous period' : 'People',
    numeric: true,
  }))
  const rows: ResultRow[] = histogramRows(histograms).map((row, index, all) => {
    const next = all[index + 1]
    return {
      key: String(row.start),
      header: next ? `${formatDuration(row.start)} – ${formatDuration(next.start)}` : `${formatDuration(row.start)} or more`,
      cells: Object.fromEntries(
        columns.map((column) => {
          const value = row[column.key]
          return [column.key, typeof value === 'number' ? formatNumber(value) : '']
        }),
      ),
    }
  })
  return <ResultTable caption={caption} headerLabel="Time to convert" columns={columns} rows={rows} />
}
