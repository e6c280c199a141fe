import { QueryClientProvider, useSuspenseQuery, type QueryClient } from '@tanstack/react-query'
import { createMemoryHistory, createRootRoute, createRouter, RouterProvider } from '@tanstack/react-router'
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { StrictMode, Suspense } from 'react'
import { beforeEach, describe, expect, it } from 'vitest'
import { setMockAuthMode } from '@mocks/handlers/runtime'
import { fetchInsightList, insightQueries } from '@/api/insights'
import { createTestQueryClient, PROJECT_ID, recordRequests, resetMockData } from '@/api/test-support'
import { useConnectionStore } from '@/stores/connection-store'
import { InsightHeader } from './insight-header'
import { useRecordView } from './use-record-view'

function Header({ shortId }: { shortId: string }) {
  const { data } = useSuspenseQuery(insightQueries.detail(PROJECT_ID, shortId))
  useRecordView(PROJECT_ID, data.id)
  return <InsightHeader projectId={PROJECT_ID} insight={data} />
}

/** The header inside a one-route router (its menu links and navigation need one) and a fresh query client. */
function renderHeader(client: QueryClient, shortId: string) {
  const rootRoute = createRootRoute({
    component: () => (
      <Suspense fallback={<p>Loading</p>}>
        <Header shortId={shortId} />
      </Suspense>
    ),
  })
  const router = createRouter({ routeTree: rootRoute, history: createMemoryHistory({ initialEntries: ['/'] }) })
  return render(
    <StrictMode>
      <QueryClientProvider client={client}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>,
  )
}

/** A trends insight that has a name derived from its query, so clearing the name has something to fall back to. */
async function firstInsight() {
  const list = await fetchInsightList(PROJECT_ID, { insight: 'TRENDS', limit: 100 })
  const insight = list.results.find((item) => item.derived_name)
  if (!insight) throw new Error('the seed has no trends insight')
  return insight
}

describe('InsightHeader', () => {
  let client: QueryClient
  beforeEach(() => {
    resetMockData()
    client = createTestQueryClient()
  })

  it('renames with Enter, and an empty name falls back to the derived one', async () => {
    const user = userEvent.setup()
    const insight = await firstInsight()
    renderHeader(client, insight.short_id)
    await user.click(await screen.findByRole('button', { name: 'Edit name' }))
    // The field's code loads on the first edit.
    const input = await screen.findByRole('textbox', { name: 'Name' })
    await user.clear(input)
    await user.type(input, 'Renamed in place{Enter}')
    expect(await screen.findByRole('heading', { level: 1, name: 'Renamed in place' })).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Edit name' }))
    await user.clear(screen.getByRole('textbox', { name: 'Name' }))
    await user.keyboard('{Enter}')
    const heading = await screen.findByRole('heading', { level: 1, name: /derived from the query/ })
    expect(heading).toHaveTextContent(insight.derived_name ?? '')
  })

  it('keeps the typed text and shows the field message when the API refuses it', async () => {
    const user = userEvent.setup()
    const insight = await firstInsight()
    renderHeader(client, insight.short_id)
    await user.click(await screen.findByRole('button', { name: 'Edit description' }))
    const input = await screen.findByRole('textbox', { name: 'Description' })
    const tooLong = 'd'.repeat(401)
    await user.clear(input)
    await user.click(input)
    await user.paste(tooLong)
    await user.keyboard('{Control>}{Enter}{/Control}')
    expect(await screen.findByText('Ensure this field has no more than 400 characters.')).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: 'Description' })).toHaveValue(tooLong)
    expect(screen.getByRole('textbox', { name: 'Description' })).toHaveAttribute('aria-invalid', 'true')

    await user.keyboard('{Escape}')
    expect(screen.queryByRole('textbox', { name: 'Description' })).not.toBeInTheDocument()
  })

  it('turns editing off with the reason once a read-only key is refused', async () => {
    const user = userEvent.setup()
    const insight = await firstInsight()
    setMockAuthMode('api-key')
    useConnectionStore.setState({ mode: 'api', host: '', apiKey: 'phx_demo_readonly' })
    try {
      renderHeader(client, insight.short_id)
      const favorite = await screen.findByRole('button', { name: 'Favorite' })
      await user.click(favorite)
      expect(await screen.findByText(/Editing is off\..*lacks the 'insight:write' scope/)).toBeInTheDocument()
      expect(screen.getByRole('button', { name: 'Edit name' })).toBeDisabled()
      expect(screen.getByRole('button', { name: 'Favorite' })).toBeDisabled()
      expect(screen.getByRole('button', { name: 'Favorite' })).toHaveAttribute('aria-pressed', String(insight.favorited))
      expect(screen.getByRole('button', { name: 'Edit tags' })).toBeDisabled()
    } finally {
      useConnectionStore.setState({ mode: 'mock', apiKey: '' })
    }
  })

  it('records one view per visit, even in StrictMode and across re-renders', async () => {
    const requests = recordRequests()
    const insight = await firstInsight()
    const view = renderHeader(client, insight.short_id)
    await screen.findByRole('heading', { level: 1 })
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Favorite' }))
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Favorite' })).toHaveAttribute('aria-pressed', String(!insight.favorited)),
    )
    requests.stop()
    expect(requests.urls.filter((url) => url.pathname.endsWith('/insights/viewed/'))).toHaveLength(1)
    view.unmount()
  })
})
