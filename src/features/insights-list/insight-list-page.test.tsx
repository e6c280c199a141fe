import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import {
  createMemoryHistory,
  createRootRouteWithContext,
  createRoute,
  createRouter,
  Outlet,
  RouterProvider,
} from '@tanstack/react-router'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fetchInsight, fetchInsightBasicList, insightQueries } from '@/api/insights'
import { createTestQueryClient, PROJECT_ID, recordRequests, resetMockData } from '@/api/test-support'
import { useInsightListPreferences } from '@/stores/insight-list-preferences'
import { InsightListPage } from './insight-list-page'
import { insightDisplayName } from '@/api/schemas/insight'
import { insightListFilters, insightListSearchSchema } from './list-search'
import { useInsightSelection } from './selection-store'

/*
 * The list route as src/routes declares it (features may not import the route tree): URL validation, the loader and
 * the page run together, without the app shell around them.
 */
const rootRoute = createRootRouteWithContext<{ queryClient: QueryClient }>()({ component: Outlet })
const listRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/project/$projectId/insights/',
  validateSearch: insightListSearchSchema,
  loaderDeps: ({ search }) => ({ search }),
  loader: ({ context, params, deps }) =>
    context.queryClient.ensureQueryData(insightQueries.list(params.projectId, insightListFilters(deps.search))),
  component: InsightListPage,
})
const routeTree = rootRoute.addChildren([listRoute])

function renderList(client: QueryClient, search = '') {
  const router = createRouter({
    routeTree,
    context: { queryClient: client },
    history: createMemoryHistory({ initialEntries: [`/project/${PROJECT_ID}/insights${search}`] }),
  })
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  )
  return router
}

const rowNames = () =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('link')[0]?.textContent)

// Each test renders the page and waits on the mock several times; a busy CI machine needs more than the default 5 s.
describe('InsightListPage', { timeout: 20_000 }, () => {
  let client: QueryClient
  beforeEach(() => {
    // The app shell follows the system theme; jsdom has no matchMedia.
    vi.stubGlobal('matchMedia', (media: string) => ({
      matches: false,
      media,
      onchange: null,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      addListener: () => undefined,
      removeListener: () => undefined,
      dispatchEvent: () => false,
    }))
    resetMockData(80)
    client = createTestQueryClient()
    useInsightSelection.getState().clear()
    useInsightListPreferences.setState({ view: 'table' })
  })

  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('lists the page the URL asks for, with the API parameters it maps to', async () => {
    const requests = recordRequests()
    renderList(client, '?type=FUNNELS&order=name&pageSize=25')
    const expected = await fetchInsightBasicList(PROJECT_ID, { insight: 'FUNNELS', order: 'name', limit: 25 })
    await screen.findByText(`1–${Math.min(25, expected.count)} of ${expected.count}`)
    expect(rowNames()).toEqual(expected.results.map(insightDisplayName))
    const listRequest = requests.urls.find((url) => url.pathname.endsWith('/insights/') && url.searchParams.has('insight'))
    requests.stop()
    expect(Object.fromEntries(listRequest?.searchParams ?? [])).toEqual({
      insight: 'FUNNELS',
      order: 'name',
      limit: '25',
      basic: 'true',
    })
  })

  it('falls back to the default list for junk in the URL', async () => {
    renderList(client, '?type=PIE&page=zero&pageSize=13&order=sideways')
    const expected = await fetchInsightBasicList(PROJECT_ID, { order: '-last_modified_at', limit: 50 })
    await screen.findByText(`1–50 of ${expected.count}`)
    expect(rowNames()[0]).toBe(insightDisplayName(expected.results[0]!))
  })

  it('searches once the typing pauses and highlights the hits', async () => {
    const user = userEvent.setup()
    const router = renderList(client)
    await screen.findAllByRole('row')
    await user.type(screen.getByRole('searchbox', { name: 'Search insights' }), 'retention')
    await waitFor(() => expect(router.state.location.search).toMatchObject({ search: 'retention' }))
    const expected = await fetchInsightBasicList(PROJECT_ID, { search: 'retention', order: '-last_modified_at', limit: 50 })
    await waitFor(() => expect(rowNames()).toEqual(expected.results.map(insightDisplayName)))
    expect(document.querySelector('mark')?.textContent?.toLowerCase()).toBe('retention')
  })

  it('favorites a row at once and keeps it after the server answers', async () => {
    const user = userEvent.setup()
    renderList(client)
    const first = (await fetchInsightBasicList(PROJECT_ID, { order: '-last_modified_at', limit: 50 })).results.find(
      (insight) => !insight.favorited,
    )!
    const star = await screen.findByRole('button', { name: `Favorite ${insightDisplayName(first)}` })
    await user.click(star)
    await waitFor(() => expect(star).toHaveAttribute('aria-pressed', 'true'))
    await waitFor(async () => expect((await fetchInsight(PROJECT_ID, first.id)).favorited).toBe(true))
  })

  it('selects a range with shift-click and shows the bulk bar', async () => {
    const user = userEvent.setup()
    renderList(client)
    await screen.findAllByRole('row')
    const boxes = screen.getAllByRole('checkbox', { name: /^Select (?!all)/ })
    await user.click(boxes[0]!)
    await user.keyboard('{Shift>}')
    await user.click(boxes[3]!)
    await user.keyboard('{/Shift}')
    expect(screen.getByText('4 selected')).toBeInTheDocument()
    expect(boxes.slice(0, 4).every((box) => (box as HTMLInputElement).checked)).toBe(true)
    await user.click(screen.getByRole('button', { name: 'Clear selection' }))
    expect(screen.queryByText('4 selected')).not.toBeInTheDocument()
  })

  it('opens the New insight dialog when the URL asks for it, and takes the request out of the URL on close', async () => {
    const user = userEvent.setup()
    const router = renderList(client, '?new=true&tab=mine')
    // The dialog's code loads lazily; on a busy machine that and the focus that follows can take seconds.
    const dialog = await screen.findByRole('dialog', { name: 'New insight' }, { timeout: 15_000 })
    await waitFor(() => expect(within(dialog).getByRole('textbox', { name: 'Name' })).toHaveFocus())
    await user.click(within(dialog).getByRole('button', { name: 'Close' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(router.state.location.search).toEqual({ tab: 'mine' })
  }, 30_000)

  it('prefetches the detail of a row the pointer rests on', async () => {
    const user = userEvent.setup()
    renderList(client)
    const rows = await screen.findAllByRole('row')
    const first = (await fetchInsightBasicList(PROJECT_ID, { order: '-last_modified_at', limit: 1 })).results[0]!
    const requests = recordRequests()
    await user.hover(within(rows[1]!).getAllByRole('link')[0]!)
    await waitFor(() => expect(requests.urls.some((url) => url.pathname.endsWith(`/insights/${first.short_id}/`))).toBe(true))
    requests.stop()
  })

  it('opens a row in the app on a plain click, and leaves a click with a modifier to the browser', async () => {
    const router = renderList(client)
    const rows = await screen.findAllByRole('row')
    const link = within(rows[1]!).getAllByRole('link')[0]!
    const href = link.getAttribute('href')
    expect(href).toMatch(new RegExp(`^/project/${PROJECT_ID}/insights/[\\w-]+$`))
    // After the app had its say, the document stops the browser's own navigation, which jsdom cannot do.
    let preventedByApp: boolean | null = null
    const stopNavigation = (event: Event) => {
      preventedByApp = event.defaultPrevented
      event.preventDefault()
    }
    document.addEventListener('click', stopNavigation)
    link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ctrlKey: true }))
    document.removeEventListener('click', stopNavigation)
    expect(preventedByApp).toBe(false)
    expect(router.state.location.pathname).toBe(`/project/${PROJECT_ID}/insights`)
    await userEvent.setup().click(link)
    await waitFor(() => expect(router.state.location.pathname).toBe(href))
  })

  it('asks for a searched list once: the request the search box sends early is the one the route waits for', async () => {
    // As the app's client: fresh data is not fetched again when the page starts watching it.
    client.setDefaultOptions({ queries: { ...client.getDefaultOptions().queries, staleTime: 30_000 } })
    const user = userEvent.setup()
    const router = renderList(client)
    await screen.findAllByRole('row')
    const requests = recordRequests()
    await user.type(screen.getByRole('searchbox', { name: 'Search insights' }), 'signup{Enter}')
    await waitFor(() => expect(router.state.location.search).toMatchObject({ search: 'signup' }))
    await waitFor(() => expect(screen.getByRole('table').closest('[aria-busy]')).toHaveAttribute('aria-busy', 'false'))
    const searches = requests.urls.filter(
      (url) => url.pathname.endsWith('/insights/') && url.searchParams.get('search') === 'signup',
    )
    requests.stop()
    expect(searches).toHaveLength(1)
  })
})
