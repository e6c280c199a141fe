/**
 * The stack floor: the static baseline page with its 50 rows rendered by the stack DESIGN.md fixes, and nothing else.
 * React 19 renders them; TanStack Router matches the list's address, validates its search with zod and runs a loader
 * that reads the first page through TanStack Query; zod parses the answer. The request leaves from the page's head, as
 * the app's early request does. No shell, icons, styles beyond the baseline's, or second stage of rows.
 *
 * What a cold start of this page costs over the static page is the stack's share of the app's cold start; what the
 * app costs over this page is its own (bench/run.ts prints both). Built by stack-floor.ts.
 */
import { QueryClient, QueryClientProvider, queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import { createRootRoute, createRoute, createRouter, Outlet, RouterProvider } from '@tanstack/react-router'
import { createRoot } from 'react-dom/client'
import { z } from 'zod/mini'
import { baselineCells, type BaselineRow } from '../baseline-rows'

declare global {
  interface Window {
    /** The first page's answer, asked for by the page's head (stack-floor.ts writes that script). */
    __stackFloorFirstPage?: Promise<unknown>
  }
}

const row = z.object({
  id: z.number(),
  name: z.nullable(z.string()),
  derived_name: z.nullable(z.string()),
  description: z.nullable(z.string()),
  tags: z.array(z.string()),
  query: z.nullable(z.object({ kind: z.optional(z.string()), source: z.optional(z.object({ kind: z.optional(z.string()) })) })),
  created_by: z.nullable(z.object({ first_name: z.string(), last_name: z.optional(z.string()), email: z.string() })),
  last_modified_at: z.string(),
})
const firstPage = z.object({ count: z.number(), next: z.nullable(z.string()), results: z.array(row) })

const firstPageQuery = queryOptions({
  queryKey: ['insights', 'first page'],
  queryFn: async () => {
    const answer = window.__stackFloorFirstPage
    window.__stackFloorFirstPage = undefined
    if (!answer) throw new Error('the page did not ask for the first page')
    return firstPage.parse(await answer)
  },
})

const queryClient = new QueryClient()
const rootRoute = createRootRoute({ component: Outlet })
const listRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/project/$projectId/insights',
  validateSearch: z.object({
    search: z.catch(z.optional(z.string()), undefined),
    page: z.catch(z.optional(z.number()), undefined),
  }),
  loader: () => queryClient.ensureQueryData(firstPageQuery),
  component: Rows,
})
const router = createRouter({ routeTree: rootRoute.addChildren([listRoute]) })

function Rows() {
  const { data } = useSuspenseQuery(firstPageQuery)
  return data.results.map((insight: BaselineRow) => {
    const cells = baselineCells(insight)
    return (
      <tr key={insight.id} data-insight-row="">
        <td>
          <a href="#">{cells.name}</a>
          <p>{cells.description}</p>
        </td>
        <td>{cells.type}</td>
        <td>{cells.tags}</td>
        <td>{cells.owner}</td>
        <td>
          <time>{cells.lastModified}</time>
        </td>
      </tr>
    )
  })
}

const body = document.getElementById('rows')
if (!body) throw new Error('the baseline page has no rows element')
createRoot(body).render(
  <QueryClientProvider client={queryClient}>
    <RouterProvider router={router} />
  </QueryClientProvider>,
)
