import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import {
  createMemoryHistory,
  createRootRouteWithContext,
  createRoute,
  createRouter,
  Outlet,
  RouterProvider,
} from '@tanstack/react-router'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { clearMockFailures, injectMockFailure } from '@mocks/handlers'
import { bulkUpdateInsightTags, fetchInsightBasicList } from '@/api/insights'
import { fetchTaggedInsights, fetchTagUsage, tagQueries } from '@/api/tags'
import { createTestQueryClient, PROJECT_ID, resetMockData } from '@/api/test-support'
import { useTagChangeLog } from './tag-change-log'
import { TagManagerPage } from './tag-manager-page'
import { tagManagerSearchSchema } from './tag-manager-search'

/* The tags route as src/routes declares it, and a stand-in for the insights list its links lead to. */
const rootRoute = createRootRouteWithContext<{ queryClient: QueryClient }>()({ component: Outlet })
const tagsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/project/$projectId/tags',
  validateSearch: tagManagerSearchSchema,
  loader: ({ context, params }) => context.queryClient.ensureQueryData(tagQueries.usage(params.projectId)),
  component: TagManagerPage,
})
const insightsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/project/$projectId/insights',
  component: () => <h1>Insights</h1>,
})
const routeTree = rootRoute.addChildren([tagsRoute, insightsRoute])

function renderTags(client: QueryClient, search = '') {
  const router = createRouter({
    routeTree,
    context: { queryClient: client },
    history: createMemoryHistory({ initialEntries: [`/project/${PROJECT_ID}/tags${search}`] }),
  })
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  )
  return router
}

const tagNames = () =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getByRole('rowheader').textContent)

async function tagInsights(tag: string, count: number): Promise<number[]> {
  const ids = (await fetchInsightBasicList(PROJECT_ID, { limit: count, order: '-last_modified_at' })).results.map((i) => i.id)
  for (let start = 0; start < ids.length; start += 500) {
    await bulkUpdateInsightTags(PROJECT_ID, { ids: ids.slice(start, start + 500), action: 'add', tags: [tag] })
  }
  return ids
}

describe('TagManagerPage', { timeout: 30_000 }, () => {
  let client: QueryClient
  beforeEach(() => {
    resetMockData(240)
    client = createTestQueryClient()
    useTagChangeLog.setState({ changes: [] })
  })
  afterEach(() => clearMockFailures())

  it('lists every tag with its count, most used first; sorts by name and filters from the URL', async () => {
    const usage = await fetchTagUsage(PROJECT_ID)
    const router = renderTags(client)
    await screen.findByRole('heading', { level: 1, name: 'Tags' })
    expect(tagNames()).toEqual(usage.map((tag) => tag.name))
    const first = screen.getAllByRole('row')[1]!
    expect(within(first).getAllByRole('cell')[0]?.textContent).toBe(`${usage[0]!.count} insights`)
    expect(within(first).getByRole('link', { name: usage[0]!.name }).getAttribute('href')).toBe(
      `/project/1/insights?tags=${encodeURIComponent(JSON.stringify([usage[0]!.name]))}`,
    )

    await userEvent.click(screen.getByRole('button', { name: 'Tag' }))
    expect(router.state.location.search).toMatchObject({ sort: 'name' })
    expect(tagNames()).toEqual(usage.map((tag) => tag.name).sort((a, b) => a.localeCompare(b)))

    const term = usage[0]!.name.slice(0, 3)
    await userEvent.type(screen.getByRole('textbox', { name: 'Filter tags' }), term)
    expect(router.state.location.search).toMatchObject({ q: term })
    expect(tagNames().every((name) => name?.includes(term))).toBe(true)
  })

  it('runs again after a failed batch, and only then is the old tag gone everywhere', async () => {
    const user = userEvent.setup()
    const ids = await tagInsights('legacy', 150)
    renderTags(client, '?q=legacy')
    await user.click(await screen.findByRole('button', { name: 'Rename legacy' }))
    const dialog = await screen.findByRole('dialog', { name: 'Rename tag “legacy”' })
    await user.type(within(dialog).getByRole('textbox', { name: 'New name' }), 'current')
    await within(dialog).findByText(/150 insights will have/)
    // The first batch of the first step (adding "current" to 100 insights) is refused.
    injectMockFailure({ path: 'bulk_update_tags', times: 1 })
    await user.click(within(dialog).getByRole('button', { name: 'Rename' }))

    const alert = await within(dialog).findByRole('alert')
    expect(alert.textContent).toContain('Renamed “legacy” to “current” on 50 insights.')
    expect(alert.textContent).toContain('100 insights could not be changed and still have only “legacy”.')
    expect(alert.textContent).toContain('The server had a problem')
    // No insight lost its tag: each has the old one or the new one.
    const [legacy, current] = await Promise.all([
      fetchTaggedInsights(PROJECT_ID, 'legacy'),
      fetchTaggedInsights(PROJECT_ID, 'current'),
    ])
    expect(legacy).toHaveLength(100)
    expect(current).toHaveLength(50)
    expect(new Set([...legacy, ...current].map((insight) => insight.id))).toEqual(new Set(ids))
    const trail = screen.getByRole('region', { name: 'Changes made here', hidden: true })
    expect(within(trail).getByRole('listitem', { hidden: true }).textContent).toContain('50 insights changed, 100 not changed')

    await user.click(within(dialog).getByRole('button', { name: 'Run again' }))
    await within(dialog).findByText('Renamed “legacy” to “current” on 100 insights.')
    expect(await fetchTaggedInsights(PROJECT_ID, 'legacy')).toEqual([])
    expect((await fetchTaggedInsights(PROJECT_ID, 'current')).map((insight) => insight.id).sort()).toEqual([...ids].sort())
    expect(within(trail).getAllByRole('listitem', { hidden: true })).toHaveLength(2)
  })

  it('says when a tag cannot be listed and changes nothing', async () => {
    const user = userEvent.setup()
    await tagInsights('solo', 3)
    renderTags(client, '?q=solo')
    await user.click(await screen.findByRole('button', { name: 'Delete solo' }))
    const dialog = await screen.findByRole('alertdialog', { name: 'Delete tag “solo”' })
    await within(dialog).findByText(/will be removed from 3 insights/)
    injectMockFailure({ path: 'insights/', times: 1 })
    await user.click(within(dialog).getByRole('button', { name: 'Delete tag' }))
    expect(await within(screen.getByRole('dialog')).findByText(/Nothing was changed/)).toBeTruthy()
    expect(await fetchTaggedInsights(PROJECT_ID, 'solo')).toHaveLength(3)
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Try again' }))
    await within(screen.getByRole('dialog')).findByText('Removed “solo” from 3 insights.')
    expect(await fetchTaggedInsights(PROJECT_ID, 'solo')).toEqual([])
  })
})
