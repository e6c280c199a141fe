import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import type { Insight } from '@/api/schemas/insight'
import { readInsightResult } from '@/api/schemas/insight-result'
import { insightKind } from '@/api/schemas/query'
import { InsightResultPanel, savedDisplay } from './insight-result-panel'

/*
 * PostHog's own insight answers (fixtures/posthog, copied from PostHog's repository): each one must draw the view
 * PostHog draws for it, and "Show as table" must give its numbers as a table.
 */

interface PostHogFixture {
  _source: string
  _expect: string
  short_id: string
  name: string | null
  derived_name: string | null
  filters?: Record<string, unknown>
  query?: unknown
  result: unknown
  columns?: string[]
}

const fixtures = Object.entries(
  import.meta.glob<PostHogFixture>('./fixtures/posthog/*.json', { eager: true, import: 'default' }),
).map(([path, fixture]) => [path.replace(/^.*\/(.*)\.json$/, '$1'), fixture] as const)

function insightOf(fixture: PostHogFixture): Insight {
  return {
    id: 1,
    short_id: fixture.short_id,
    name: fixture.name,
    derived_name: fixture.derived_name,
    // The fixtures are PostHog's answers, not ours: they go through the app's own schema like any answer would.
    query: (fixture.query ?? null) as Insight['query'],
    filters: fixture.filters ?? {},
    dashboards: [],
    description: null,
    tags: [],
    favorited: false,
    saved: true,
    deleted: false,
    created_at: '2022-03-15T21:31:00.192917Z',
    created_by: null,
    last_modified_at: '2022-03-15T21:31:00.192917Z',
    last_modified_by: null,
    last_refresh: null,
    order: null,
    result: fixture.result,
    columns: fixture.columns ?? null,
    is_cached: true,
    timezone: null,
  }
}

function Panel({ insight }: { insight: Insight }) {
  const [showTable, setShowTable] = useState(false)
  const [display, setDisplay] = useState(savedDisplay(insight))
  return (
    <InsightResultPanel
      insight={insight}
      name="Fixture"
      thresholds={[]}
      percentageThresholds={0}
      display={display}
      showTable={showTable}
      onDisplayChange={setDisplay}
      onShowTableChange={setShowTable}
      isRefreshing={false}
    />
  )
}

describe("PostHog's insight answers on the detail page", () => {
  it('covers every kind and the trends displays and funnel views PostHog has', () => {
    expect(fixtures.length).toBe(25)
    const kinds = new Set(fixtures.map(([, fixture]) => insightKind(insightOf(fixture).query, fixture.filters)))
    expect([...kinds].sort()).toEqual(['FUNNELS', 'LIFECYCLE', 'PATHS', 'RETENTION', 'SQL', 'STICKINESS', 'TRENDS'])
    expect(fixtures.filter(([, fixture]) => !fixture.query).map(([name]) => name)).toEqual([
      'lifecycle',
      'retention',
      'stickiness',
      'trendsCumulative',
      'trendsTable',
    ])
  })

  it.each(fixtures)('%s reads as its kind, draws its view and shows it as a table', async (_name, fixture) => {
    const insight = insightOf(fixture)
    const view = readInsightResult(insightKind(insight.query, insight.filters), insight.result, insight.columns)
    expect(view.kind).not.toBe('unavailable')
    render(<Panel insight={insight} />)
    const result = screen.getByRole('region', { name: 'Result' })
    if (fixture._expect === 'empty') {
      expect(within(result).getByText('No data for this period')).toBeInTheDocument()
      return
    }
    if (fixture._expect === 'retention') {
      expect(within(result).getByRole('table', { name: 'Retention result of Fixture' })).toBeInTheDocument()
    } else {
      // The first chart waits for the lazily loaded recharts chunk.
      const figure = await within(result).findByRole('figure', {}, { timeout: 10_000 })
      expect(figure).toHaveAttribute('data-chart-display', fixture._expect)
      if (fixture._expect === 'Table' || fixture._expect === 'World map')
        expect(within(result).getByRole('table')).toBeInTheDocument()
      else expect(within(result).queryByRole('table')).not.toBeInTheDocument()
    }
    await userEvent.click(within(result).getByRole('button', { name: 'Show as table' }))
    expect(within(result).queryByRole('figure')).not.toBeInTheDocument()
    const tables = within(result).getAllByRole('table')
    expect(within(tables[0] ?? result).getAllByRole('row').length).toBeGreaterThan(1)
  })
})
