import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { fetchInsight, fetchInsightList } from '@/api/insights'
import type { Insight } from '@/api/schemas/insight'
import type { InsightKind } from '@/api/schemas/query'
import { PROJECT_ID, resetMockData } from '@/api/test-support'
import { chartTypeOf, InsightResultPanel, savedDisplay } from './insight-result-panel'

async function insightOf(kind: InsightKind): Promise<Insight> {
  const list = await fetchInsightList(PROJECT_ID, { insight: kind, limit: 1 })
  const first = list.results[0]
  if (!first) throw new Error(`the seed has no ${kind} insight`)
  return fetchInsight(PROJECT_ID, first.short_id)
}

function renderPanel(insight: Insight, showTable = true, onShowTableChange = vi.fn()) {
  return render(
    <InsightResultPanel
      insight={insight}
      name="Test insight"
      thresholds={[]}
      percentageThresholds={0}
      display="line"
      showTable={showTable}
      onDisplayChange={vi.fn()}
      onShowTableChange={onShowTableChange}
      isRefreshing={false}
    />,
  )
}

const number = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 2 })

describe('InsightResultPanel', () => {
  beforeEach(() => resetMockData(80))

  it('shows a trends result as a table with the API numbers and totals', async () => {
    const insight = await insightOf('TRENDS')
    const series = insight.result as { data: number[]; count: number }[]
    renderPanel(insight)
    const table = screen.getByRole('table', { name: 'Trends result of Test insight' })
    const rows = within(table).getAllByRole('row')
    expect(rows).toHaveLength((series[0]?.data.length ?? 0) + 2)
    const cells = (row: HTMLElement | undefined) =>
      row
        ? within(row)
            .getAllByRole('cell')
            .map((cell) => cell.textContent)
        : []
    expect(cells(rows[1])).toEqual(series.map((item) => number(item.data[0] ?? 0)))
    expect(cells(rows.at(-1))).toEqual(series.map((item) => number(item.count)))
  })

  it('shows a funnel table with conversion and drop-off per step', async () => {
    const insight = await insightOf('FUNNELS')
    const steps = insight.result as { count: number }[]
    renderPanel(insight)
    const rows = within(screen.getByRole('table', { name: 'Funnel result of Test insight' })).getAllByRole('row')
    const second = within(rows[2] ?? document.body)
      .getAllByRole('cell')
      .map((cell) => cell.textContent)
    const [first, next] = [steps[0]?.count ?? 1, steps[1]?.count ?? 0]
    expect(second[0]).toBe(number(next))
    expect(second[2]).toBe(`${((next / first) * 100).toFixed(1)}%`)
    expect(second[3]).toBe(number(first - next))
  })

  it('offers "Show as table" as a toggle button', async () => {
    const onShowTableChange = vi.fn()
    renderPanel(await insightOf('RETENTION'), false, onShowTableChange)
    const toggle = screen.getByRole('button', { name: 'Show as table' })
    expect(toggle).toHaveAttribute('aria-pressed', 'false')
    await userEvent.setup().click(toggle)
    expect(onShowTableChange).toHaveBeenCalledWith(true)
    expect(screen.getByRole('table', { name: 'Retention result of Test insight' })).toBeInTheDocument()
  })

  it('shows SQL rows and JSON results as tables of text', async () => {
    const sql = await insightOf('SQL')
    const { unmount } = renderPanel(sql)
    const rows = within(screen.getByRole('table', { name: 'SQL result of Test insight' })).getAllByRole('row')
    expect(rows).toHaveLength((sql.result as unknown[]).length + 1)
    unmount()
    const json = await insightOf('JSON')
    renderPanel({ ...json, result: [{ event: '<script>alert(1)</script>', properties: { a: 1 } }] })
    expect(screen.getByText('<script>alert(1)</script>')).toBeInTheDocument()
    expect(screen.getByText('{"a":1}')).toBeInTheDocument()
  })

  it('says so when the result is missing or not in its kind’s shape, and shows what PostHog sent', async () => {
    const paths = await insightOf('PATHS')
    const { unmount } = renderPanel({ ...paths, result: null })
    expect(screen.getByText('No result to show')).toBeInTheDocument()
    unmount()
    renderPanel({ ...paths, result: { unexpected: true } })
    expect(screen.getByText("Can't draw this result")).toBeInTheDocument()
    expect(screen.getByRole('region', { name: 'Raw result of Test insight' })).toHaveTextContent('"unexpected": true')
  })

  it('reads the saved chart type of a trends insight', async () => {
    const insight = await insightOf('TRENDS')
    const withDisplay = (display: string): Insight => ({
      ...insight,
      query: { kind: 'InsightVizNode', source: { kind: 'TrendsQuery', series: [], trendsFilter: { display } } },
    })
    expect(savedDisplay(withDisplay('ActionsBar'))).toBe('bar')
    expect(savedDisplay(withDisplay('ActionsAreaGraph'))).toBe('area')
    expect(savedDisplay(withDisplay('ActionsLineGraph'))).toBe('line')
  })

  it('names the one chart kind whose code an insight needs, none for a number, a table or a retention', async () => {
    const trends = await insightOf('TRENDS')
    const withDisplay = (display: string): Insight => ({
      ...trends,
      query: { kind: 'InsightVizNode', source: { kind: 'TrendsQuery', series: [], trendsFilter: { display } } },
    })
    expect(chartTypeOf(withDisplay('ActionsLineGraph'))).toBe('series')
    expect(chartTypeOf(withDisplay('ActionsBar'))).toBe('series')
    expect(chartTypeOf(withDisplay('ActionsPie'))).toBe('pie')
    expect(chartTypeOf(withDisplay('ActionsBarValue'))).toBe('value-bars')
    expect(chartTypeOf(withDisplay('BoldNumber'))).toBeNull()
    expect(chartTypeOf(withDisplay('ActionsTable'))).toBeNull()
    expect(chartTypeOf(await insightOf('FUNNELS'))).toBe('funnel')
    expect(chartTypeOf(await insightOf('PATHS'))).toBe('paths')
    expect(chartTypeOf(await insightOf('RETENTION'))).toBeNull()
    expect(chartTypeOf({ ...trends, result: { unexpected: true } })).toBeNull()
  })
})
