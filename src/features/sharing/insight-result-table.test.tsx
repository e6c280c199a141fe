import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { insightSchema, type Insight } from '@/api/schemas/insight'
import { InsightResultTable } from './insight-result-table'

function insightWith(kind: string, result: unknown, columns: string[] | null = null): Insight {
  const query =
    kind === 'HogQLQuery'
      ? { kind: 'DataVisualizationNode', source: { kind: 'HogQLQuery', query: 'select 1' } }
      : { kind: 'InsightVizNode', source: { kind, series: [] } }
  // Parsed with the contract, so the fixture cannot drift from what the API answers.
  return insightSchema.parse({
    id: 1,
    short_id: 'abcdefgh',
    name: 'Test',
    derived_name: null,
    query,
    dashboards: [],
    description: null,
    tags: [],
    favorited: false,
    saved: true,
    deleted: false,
    created_at: '2026-11-01T00:00:00Z',
    created_by: null,
    last_modified_at: '2026-11-01T00:00:00Z',
    last_modified_by: null,
    last_refresh: null,
    order: null,
    result,
    columns,
    is_cached: true,
    timezone: 'UTC',
  })
}

describe('InsightResultTable', () => {
  it('lists a trends result with one row per period and one column per series', () => {
    const series = (label: string, data: number[]) => ({
      label,
      data,
      labels: ['1 Nov', '2 Nov'],
      days: ['2026-11-01', '2026-11-02'],
      count: data.reduce((sum, value) => sum + value, 0),
    })
    render(<InsightResultTable insight={insightWith('TrendsQuery', [series('Signups', [3, 5]), series('Logins', [10, 12])])} />)
    const table = screen.getByRole('table', { name: 'Values per period' })
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Period', 'Signups', 'Logins'])
    expect(within(table).getByRole('row', { name: /2 Nov/ })).toHaveTextContent('2 Nov512')
  })

  it('shows each funnel step with its share of the first step', () => {
    const step = (order: number, name: string, count: number) => ({
      name,
      order,
      count,
      average_conversion_time: null,
    })
    render(<InsightResultTable insight={insightWith('FunnelsQuery', [step(0, 'Visit', 200), step(1, 'Buy', 50)])} />)
    expect(screen.getByRole('row', { name: /Buy/ })).toHaveTextContent('25%')
  })

  it('renders text from the API as text, never as HTML', () => {
    render(<InsightResultTable insight={insightWith('HogQLQuery', [['<img src=x onerror=alert(1)>', 1]], ['event', 'count'])} />)
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument()
    expect(document.querySelector('img')).toBeNull()
  })

  it('says so when there is no result', () => {
    render(<InsightResultTable insight={insightWith('TrendsQuery', null)} />)
    expect(screen.getByText('This insight has no results to show yet.')).toBeInTheDocument()
  })
})
