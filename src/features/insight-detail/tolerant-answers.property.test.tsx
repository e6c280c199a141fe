import { QueryClientProvider } from '@tanstack/react-query'
import { createMemoryHistory, createRootRoute, createRouter, RouterProvider } from '@tanstack/react-router'
import { cleanup, render, screen, within } from '@testing-library/react'
import fc from 'fast-check'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { insightSerializer } from '@mocks/posthog/insight-serializers'
import { createTestQueryClient, PROJECT_ID } from '@/api/test-support'
import { insightDisplayName, insightListSchema, insightSchema, type Insight } from '@/api/schemas/insight'
import { InsightHeader } from './insight-header'
import { InsightResultPanel, savedDisplay } from './insight-result-panel'

/*
 * The client reads PostHog's answers tolerantly: take full insight answers shaped by PostHog's `InsightSerializer`
 * (every inventoried field, values from PostHog's own fixtures), set any of its nullable fields to null and drop any
 * field the app can do without, and the detail page still shows the insight and its result.
 */

interface PostHogFixture {
  short_id: string
  name: string | null
  derived_name: string | null
  filters?: Record<string, unknown>
  query?: unknown
  result: unknown
  columns?: string[]
}

const fixtures = Object.values(import.meta.glob<PostHogFixture>('./fixtures/posthog/*.json', { eager: true, import: 'default' }))

const ada = {
  id: 1,
  uuid: '0188a1b2-0000-4000-8000-000000000001',
  distinct_id: 'ada',
  first_name: 'Ada',
  last_name: 'Lovelace',
  email: 'ada@example.test',
  is_email_verified: true,
  hedgehog_config: null,
  role_at_organization: 'engineering',
}

/** A whole `InsightSerializer` answer for a fixture: its fields exactly as the inventory lists them. */
function answerOf(fixture: PostHogFixture): Record<string, unknown> {
  const values: Record<(typeof insightSerializer.fields)[number], unknown> = {
    id: 7,
    short_id: fixture.short_id,
    name: fixture.name,
    derived_name: fixture.derived_name,
    filters: fixture.filters ?? {},
    query: fixture.query ?? null,
    order: null,
    deleted: false,
    dashboards: [3],
    dashboard_tiles: [{ id: 30, dashboard_id: 3, deleted: false }],
    last_refresh: '2026-11-20T10:00:00Z',
    cache_target_age: '2026-11-20T16:00:00Z',
    next_allowed_client_refresh: '2026-11-20T10:15:00Z',
    result: fixture.result,
    hasMore: null,
    columns: fixture.columns ?? null,
    created_at: '2026-11-01T10:00:00Z',
    created_by: ada,
    description: 'From PostHog',
    updated_at: '2026-11-19T10:00:00Z',
    tags: ['growth'],
    favorited: false,
    saved: true,
    last_modified_at: '2026-11-19T10:00:00Z',
    last_modified_by: ada,
    is_sample: false,
    effective_restriction_level: 21,
    effective_privilege_level: 37,
    user_access_level: 'editor',
    timezone: 'UTC',
    is_cached: true,
    query_status: null,
    hogql: null,
    types: null,
    resolved_date_range: { date_from: '2026-11-13T00:00:00Z', date_to: '2026-11-20T10:00:00Z' },
    alerts: [],
    last_viewed_at: null,
    filters_hash: 'cache_0123456789abcdef',
  }
  return values
}

/** The fields the app needs to draw the page: which insight it is, what it asks, and what came back. */
const NEEDED = new Set(['id', 'short_id', 'query', 'filters', 'result', 'columns'])
const droppable = insightSerializer.fields.filter((field) => !NEEDED.has(field))
const nullable = insightSerializer.nullable.filter((field) => !NEEDED.has(field))

function Page({ insight }: { insight: Insight }) {
  const [showTable, setShowTable] = useState(false)
  const [display, setDisplay] = useState(savedDisplay(insight))
  return (
    <>
      <InsightHeader projectId={PROJECT_ID} insight={insight} />
      <InsightResultPanel
        insight={insight}
        name={insightDisplayName(insight)}
        thresholds={[]}
        percentageThresholds={0}
        display={display}
        showTable={showTable}
        onDisplayChange={setDisplay}
        onShowTableChange={setShowTable}
        isRefreshing={false}
      />
    </>
  )
}

function renderPage(insight: Insight) {
  const rootRoute = createRootRoute({ component: () => <Page insight={insight} /> })
  const router = createRouter({ routeTree: rootRoute, history: createMemoryHistory({ initialEntries: ['/'] }) })
  render(
    <QueryClientProvider client={createTestQueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  )
}

describe('PostHog-shaped insight answers with nulls and missing fields', () => {
  it('parse, alone and in a list page beside a malformed row, keeping what is left', () => {
    fc.assert(
      fc.property(fc.constantFrom(...fixtures), fc.subarray(nullable), fc.subarray(droppable), (fixture, nulls, drops) => {
        const answer = answerOf(fixture)
        for (const field of nulls) answer[field] = null
        for (const field of drops) delete answer[field]
        const insight = insightSchema.parse(answer)
        expect(insight.id).toBe(7)
        expect(insight.result).toEqual(fixture.result)
        const page = insightListSchema.parse({ count: 2, next: null, previous: null, results: [{ id: 'x' }, answer] })
        expect(page.results.map((row) => row.short_id)).toEqual([fixture.short_id])
      }),
      { numRuns: 200 },
    )
  })

  it('render the detail page with the insight’s name and its result', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...fixtures),
        fc.subarray(nullable),
        fc.subarray(droppable),
        async (fixture, nulls, drops) => {
          const answer = answerOf(fixture)
          for (const field of nulls) answer[field] = null
          for (const field of drops) delete answer[field]
          const insight = insightSchema.parse(answer)
          renderPage(insight)
          try {
            const title = insightDisplayName(insight)
            expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(title)
            const result = screen.getByRole('region', { name: 'Result' })
            expect(within(result).queryByText("Can't draw this result")).not.toBeInTheDocument()
          } finally {
            cleanup()
          }
        },
      ),
      { numRuns: 25 },
    )
  }, 60_000)
})
