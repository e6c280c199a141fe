import { QueryClientProvider } from '@tanstack/react-query'
import { createMemoryHistory, createRootRoute, createRouter, RouterProvider } from '@tanstack/react-router'
import { render, screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { beforeEach, describe, expect, it } from 'vitest'
import { mockServer } from '@mocks/node'
import { createTestQueryClient, PROJECT_ID, resetMockData } from '@/api/test-support'
import { TrendingCard } from './trending-card'

function renderTrending() {
  const rootRoute = createRootRoute({
    component: () => <TrendingCard projectId={PROJECT_ID} days={7} onDaysChange={() => undefined} />,
  })
  const router = createRouter({ routeTree: rootRoute, history: createMemoryHistory({ initialEntries: ['/'] }) })
  render(
    <QueryClientProvider client={createTestQueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  )
}

/** A user as PostHog's `UserBasicSerializer` sends it. */
const user = (id: number, first_name: string, last_name: string) => ({
  id,
  uuid: `0188-${id}`,
  distinct_id: null,
  first_name,
  last_name,
  email: `${first_name.toLowerCase()}@example.test`,
  is_email_verified: null,
  hedgehog_config: null,
  role_at_organization: null,
})

/** A row as PostHog's `TrendingInsightSerializer` sends it (basic insight + view_count, viewers, last_modified_by). */
const row = (id: number, name: string, viewers: unknown) => ({
  id,
  short_id: `short${id}`,
  name,
  derived_name: null,
  filters: {},
  query: { kind: 'InsightVizNode', source: { kind: 'TrendsQuery', series: [] } },
  dashboards: [],
  dashboard_tiles: [],
  description: null,
  last_refresh: null,
  refreshing: false,
  saved: true,
  tags: [],
  updated_at: '2026-11-19T10:00:00Z',
  created_by: null,
  created_at: null,
  last_modified_at: '2026-11-19T10:00:00Z',
  favorited: false,
  user_access_level: 'editor',
  last_viewed_at: '2026-11-20T10:00:00Z',
  view_count: 4,
  viewers,
  last_modified_by: null,
})

describe('TrendingCard', () => {
  beforeEach(() => resetMockData(60))

  it('shows who viewed each trending insight, from PostHog’s `viewers`', async () => {
    mockServer.use(
      http.get('*/api/:family/:projectId/insights/trending/', () =>
        HttpResponse.json({
          count: 3,
          next: null,
          previous: null,
          results: [
            row(1, 'Weekly signups', [user(1, 'Ada', 'Lovelace'), user(2, 'Grace', 'Hopper')]),
            // A row PostHog could not have sent (no id) costs only that row.
            { ...row(2, 'Broken', []), id: 'two' },
            // Unreadable viewers cost only the avatars of that row.
            row(3, 'Checkout funnel', 'nobody'),
          ],
        }),
      ),
    )
    renderTrending()
    const list = await screen.findByRole('list', { name: 'Most viewed in the last 7 days' })
    expect(within(list).getByRole('link', { name: 'Weekly signups' })).toBeInTheDocument()
    expect(within(list).getByRole('list', { name: 'Recently viewed by Ada Lovelace, Grace Hopper' })).toBeInTheDocument()
    expect(within(list).getByRole('link', { name: 'Checkout funnel' })).toBeInTheDocument()
    expect(within(list).queryByRole('link', { name: 'Broken' })).not.toBeInTheDocument()
    expect(within(list).getAllByText('4 viewers')).toHaveLength(2)
  })

  it('shows the mock’s viewers too', async () => {
    renderTrending()
    const list = await screen.findByRole('list', { name: 'Most viewed in the last 7 days' })
    expect(within(list).getAllByRole('list', { name: /^Recently viewed by / }).length).toBeGreaterThan(0)
  })
})
