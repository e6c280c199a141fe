import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { createMemoryHistory, createRootRoute, createRouter, RouterProvider } from '@tanstack/react-router'
import { render, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mockServer } from '@mocks/node'
import { fetchInsightBasicList } from '@/api/insights'
import { createTestQueryClient, PROJECT_ID, resetMockData } from '@/api/test-support'
import { SummaryCard } from './summary-card'

function renderSummary(client: QueryClient) {
  const rootRoute = createRootRoute({ component: () => <SummaryCard projectId={PROJECT_ID} /> })
  const router = createRouter({ routeTree: rootRoute, history: createMemoryHistory({ initialEntries: ['/'] }) })
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  )
}

describe('SummaryCard', () => {
  const events: string[] = []
  const onStart = ({ request }: { request: Request }) => {
    const url = new URL(request.url)
    if (url.pathname.endsWith('/insights/')) events.push(`start ${url.search}`)
  }
  const onEnd = ({ request }: { request: Request }) => {
    if (new URL(request.url).pathname.endsWith('/insights/')) events.push('answer')
  }

  beforeEach(() => {
    resetMockData(120)
    events.length = 0
    mockServer.events.on('request:start', onStart)
    mockServer.events.on('response:mocked', onEnd)
  })
  afterEach(() => {
    mockServer.events.removeListener('request:start', onStart)
    mockServer.events.removeListener('response:mocked', onEnd)
  })

  it('counts with one-row requests, all sent before the first answer, and shows the API counts', async () => {
    renderSummary(createTestQueryClient())
    const table = await screen.findByRole('table', { name: 'Insights by type' })

    const starts = events.filter((event) => event.startsWith('start'))
    expect(starts).toHaveLength(9)
    // No waterfall: every request leaves before any answer comes back.
    expect(events.slice(0, 9).every((event) => event.startsWith('start'))).toBe(true)
    for (const start of starts) expect(new URLSearchParams(start.slice(6)).get('limit')).toBe('1')
    expect(starts.some((start) => start.includes('created_date_from=-7d'))).toBe(true)

    const [all, funnels, thisWeek] = await Promise.all([
      fetchInsightBasicList(PROJECT_ID, { limit: 1 }),
      fetchInsightBasicList(PROJECT_ID, { insight: 'FUNNELS', limit: 1 }),
      fetchInsightBasicList(PROJECT_ID, { created_date_from: '-7d', limit: 1 }),
    ])
    expect(within(table).getByRole('row', { name: /^Funnels/ })).toHaveTextContent(String(funnels.count))
    const figures = screen.getAllByRole('definition').map((figure) => figure.textContent)
    expect(figures).toEqual([all.count.toLocaleString('en-US'), thisWeek.count.toLocaleString('en-US')])
  })
})
