import type { APIRequestContext, Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { useApiConnection, useMockServer } from './api-routes'

/*
 * Every page of the app in API mode against the HTTP mock server, as a user who ran `npm run mock:serve` and connected
 * with phx_demo_full sees it: real data on each, no error and no "unavailable" note, and no serious axe violation.
 * The other specs cover most pages against the in-browser mock only; this one is the tour over real HTTP.
 */

const KEY = 'phx_demo_full'

interface ApiInsight {
  id: number
  short_id: string
  name: string | null
  derived_name: string | null
  query: { kind?: string; source?: { kind?: string } } | null
  filters: { insight?: string } | null
}

interface ApiAlert {
  id: string
  insight: { id: number; short_id: string }
  threshold: { id: string } | null
}

const server = useMockServer(120)

async function api<T>(request: APIRequestContext, path: string, init: { method?: 'GET' | 'PATCH'; data?: unknown } = {}) {
  const response = await request.fetch(`${server.url()}/api/projects/1/${path}`, {
    method: init.method ?? 'GET',
    headers: { Authorization: `Bearer ${KEY}` },
    ...(init.data === undefined ? {} : { data: init.data }),
  })
  expect(response.status(), path).toBeLessThan(300)
  return (await response.json()) as T
}

const titleOf = (insight: ApiInsight) => insight.name || insight.derived_name || 'Untitled insight'
const sourceKind = (insight: ApiInsight) => insight.query?.source?.kind

/** No failure shown anywhere on the page: no error (role alert) and no note that a feature is unavailable here. */
async function expectNoError(page: Page): Promise<void> {
  await expect(page.getByRole('alert')).toHaveCount(0)
  await expect(page.getByRole('note').filter({ hasText: /not available|not in this organization's plan/ })).toHaveCount(0)
}

/** The page's main heading, then `loaded` (its real data), then no error, then axe. */
async function visit(
  page: Page,
  expectAccessible: (scope?: string) => Promise<void>,
  path: string,
  heading: string,
  loaded: (page: Page) => Promise<void>,
): Promise<void> {
  await page.goto(path)
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
  // The header names the API the data came from: this server, never the in-browser demo. The public viewer has no header.
  if (!path.startsWith('/shared/')) {
    const host = new URL(server.url()).host
    await expect(page.getByRole('link', { name: `Connection: ${host}. Open settings` })).toBeVisible()
  }
  await loaded(page)
  await expectNoError(page)
  await expectAccessible()
}

test.describe('every page in API mode against the HTTP mock server', () => {
  test.describe.configure({ timeout: 60_000 })

  test.beforeEach(async ({ page }) => {
    await useApiConnection(page, KEY, server.url())
  })

  test('home, the insights list with a filter and a search, activity and elements', async ({
    page,
    request,
    expectAccessible,
  }) => {
    const funnels = (await api<{ results: ApiInsight[] }>(request, 'insights/?insight=FUNNELS&basic=true&limit=100')).results
    const funnel = funnels.find((insight) => insight.name && /^\w{4,}/.test(insight.name))
    if (!funnel?.name) throw new Error('the HTTP mock has no named funnel')
    const word = /^\w+/.exec(funnel.name)?.[0] ?? ''

    await visit(page, expectAccessible, '/project/1', 'Home', async () => {
      for (const name of ['Trending', 'Recently viewed by you', 'Favorites', 'Summary'])
        await expect(page.getByRole('region', { name }).getByRole('link').first()).toBeVisible()
    })

    await visit(page, expectAccessible, '/project/1/insights?type=FUNNELS', 'Insights', async () => {
      await page.getByRole('searchbox').first().fill(word)
      await expect(page).toHaveURL(new RegExp(`search=${word}`))
      await expect(page.getByRole('link', { name: funnel.name ?? '', exact: true }).first()).toBeVisible()
    })

    await visit(page, expectAccessible, '/project/1/activity', 'Activity', async () => {
      await expect(page.getByRole('main').getByRole('listitem').first()).toBeVisible()
    })

    await visit(page, expectAccessible, '/project/1/elements', 'Elements', async () => {
      await expect(page.getByRole('table', { name: 'Elements' }).getByRole('row').nth(1)).toBeVisible()
      await expect(page.getByRole('region', { name: 'Most clicked' }).getByRole('listitem').first()).toBeVisible()
    })
  })

  test('tags, clean-up and settings', async ({ page, request, expectAccessible }) => {
    const tags = await api<string[]>(request, 'tags/')
    await visit(page, expectAccessible, '/project/1/tags', 'Tags', async () => {
      await expect(page.getByRole('rowheader', { name: tags[0] ?? '', exact: true })).toBeVisible()
      await expect(page.getByRole('row')).toHaveCount(tags.length + 1)
    })

    await visit(page, expectAccessible, '/project/1/cleanup', 'Clean-up', async () => {
      await expect(page.getByRole('status').filter({ hasText: /^Found \d+ candidates among/ })).toBeVisible({
        timeout: 20_000,
      })
    })

    await visit(page, expectAccessible, '/settings', 'Settings', async () => {
      await page.getByRole('button', { name: 'Check compatibility' }).click()
      // Every feature the app probes works with this key, however many there are, but the not_on_dashboard list filter:
      // PostHog has none (nor has the mock), and the clean-up page then computes that group itself.
      const report = page.getByRole('region', { name: 'Compatibility report' }).getByRole('table')
      await expect(report).toContainText(/\b\d+ of \d+ features work here/)
      const unavailable = report.getByRole('row').filter({ hasText: 'Unavailable' })
      await expect(unavailable).toHaveCount(1)
      await expect(unavailable).toContainText('not_on_dashboard')
    })
  })

  test('insight detail with its chart for each kind, its history, sharing and the public viewer', async ({
    page,
    request,
    expectAccessible,
  }) => {
    const insights = (await api<{ results: ApiInsight[] }>(request, 'insights/?basic=true&limit=1000')).results
    // One of each query PostHog saves, and one saved by an older PostHog (legacy filters, no query).
    const picks = [
      'TrendsQuery',
      'FunnelsQuery',
      'RetentionQuery',
      'PathsQuery',
      'StickinessQuery',
      'LifecycleQuery',
      'HogQLQuery',
      'EventsQuery',
      'legacy',
    ].map((kind) => {
      const found = insights.find((candidate) => (kind === 'legacy' ? candidate.query === null : sourceKind(candidate) === kind))
      if (!found) throw new Error(`the HTTP mock has no ${kind} insight`)
      return found
    })
    for (const [index, insight] of picks.entries()) {
      await page.goto(`/project/1/insights/${insight.short_id}`)
      await expect(page.getByRole('heading', { level: 1, name: titleOf(insight) })).toBeVisible()
      const result = page.getByRole('region', { name: 'Result', exact: true })
      await expect(result.getByRole('figure').or(result.getByRole('table')).first()).toBeVisible()
      await expectNoError(page)
      // The page around the result is the same for every kind: the first is checked whole, the others' results.
      await expectAccessible(index === 0 ? undefined : 'main')
    }

    const [shared] = insights
    if (!shared) throw new Error('the HTTP mock has no insights')
    await visit(page, expectAccessible, `/project/1/insights/${shared.short_id}/activity`, titleOf(shared), async () => {
      await expect(page.getByRole('main').getByRole('listitem').first()).toBeVisible()
    })
    await visit(page, expectAccessible, `/project/1/insights/${shared.short_id}/sharing`, titleOf(shared), async () => {
      await expect(page.getByRole('heading', { level: 2, name: 'Public link' })).toBeVisible()
    })
    const sharing = await api<{ access_token: string }>(request, `insights/${shared.id}/sharing/`, {
      method: 'PATCH',
      data: { enabled: true },
    })
    await visit(page, expectAccessible, `/shared/${sharing.access_token}`, titleOf(shared), async () => {
      await expect(page.getByRole('figure').or(page.getByRole('table')).first()).toBeVisible()
    })
  })

  test('an insight’s thresholds, one threshold, and the list’s alert bells', async ({ page, request, expectAccessible }) => {
    const alerts = (await api<{ results: ApiAlert[] }>(request, 'alerts/?limit=100')).results
    const alert = alerts.find((candidate) => candidate.threshold !== null)
    if (!alert?.threshold) throw new Error('the HTTP mock has no alert with a threshold')
    const insight = await api<ApiInsight>(request, `insights/${alert.insight.id}/`)
    const base = `/project/1/insights/${insight.short_id}/thresholds`
    await visit(page, expectAccessible, base, titleOf(insight), async () => {
      await expect(page.getByRole('heading', { level: 2, name: 'Thresholds' })).toBeVisible()
      await expect(page.getByRole('table').getByRole('row').nth(1)).toBeVisible()
    })
    await visit(page, expectAccessible, `${base}/${alert.threshold.id}`, titleOf(insight), async () => {
      await expect(page.getByRole('region', { name: 'Configuration' })).toBeVisible()
      await expect(page.getByRole('img', { name: /with the allowed range/ })).toBeVisible()
    })
    await visit(page, expectAccessible, '/project/1/insights?pageSize=100', 'Insights', async () => {
      await expect(page.getByRole('table').getByRole('img', { name: 'Has alerts' }).first()).toBeVisible()
    })
  })

  test('editing over HTTP: rename, tag and favorite persist; delete leaves the list and Undo restores', async ({
    page,
    request,
  }) => {
    const [insight] = (await api<{ results: ApiInsight[] }>(request, 'insights/?insight=TRENDS&basic=true&limit=1')).results
    if (!insight) throw new Error('the HTTP mock has no trends insight')
    await page.goto(`/project/1/insights/${insight.short_id}`)
    await expect(page.getByRole('heading', { level: 1, name: titleOf(insight) })).toBeVisible()

    await page.getByRole('button', { name: 'Edit name' }).click()
    const name = page.getByRole('textbox', { name: 'Name' })
    await name.fill('Renamed over HTTP')
    await name.press('Enter')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Renamed over HTTP')
    await page.getByRole('button', { name: 'Edit tags' }).click()
    const addTag = page.getByRole('combobox', { name: 'Tags' })
    await addTag.fill('tour')
    await addTag.press('Enter')
    await expect(addTag).toHaveValue('')
    await addTag.press('Enter')
    const favorite = page.getByRole('button', { name: 'Favorite' })
    const wasFavorite = (await favorite.getAttribute('aria-pressed')) === 'true'
    await favorite.click()
    await expect(favorite).toHaveAttribute('aria-pressed', String(!wasFavorite))
    await expect
      .poll(async () => {
        const saved = await api<ApiInsight & { tags: string[]; favorited: boolean }>(request, `insights/${insight.id}/`)
        return [saved.name, saved.tags.includes('tour'), saved.favorited]
      })
      .toEqual(['Renamed over HTTP', true, !wasFavorite])
    await expectNoError(page)

    await page.getByRole('button', { name: 'Actions' }).click()
    await page.getByRole('menuitem', { name: 'Delete' }).click()
    await expect(page).toHaveURL(/\/project\/1\/insights$/)
    await expect(page.getByText('Deleted “Renamed over HTTP”')).toBeVisible()
    const gone = await request.get(`${server.url()}/api/projects/1/insights/${insight.id}/`, {
      headers: { Authorization: `Bearer ${KEY}` },
    })
    expect(gone.status()).toBe(404)
    await page.getByRole('button', { name: 'Undo' }).click()
    await expect(page.getByText('Restored “Renamed over HTTP”')).toBeVisible()
    expect((await api<ApiInsight>(request, `insights/${insight.id}/`)).name).toBe('Renamed over HTTP')
    await expectNoError(page)
  })

  test('creating over HTTP: New insight opens its chart, quick open finds it, and the list downloads as CSV', async ({
    page,
    request,
  }) => {
    await page.goto('/project/1/insights')
    await expect(page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible()
    await page.getByRole('button', { name: 'New insight' }).click()
    const dialog = page.getByRole('dialog', { name: 'New insight' })
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Made on the tour')
    await dialog.getByRole('button', { name: 'Create insight' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Made on the tour' })).toBeVisible()
    await expect(page.getByRole('region', { name: 'Result', exact: true }).getByRole('figure')).toBeVisible()
    const created = await api<{ count: number }>(request, 'insights/?search=Made%20on%20the%20tour&basic=true')
    expect(created.count).toBe(1)

    await page.getByRole('button', { name: 'Search…' }).click()
    await page.keyboard.type('Made on the')
    await expect(
      page.getByRole('dialog', { name: 'Quick open' }).getByRole('menuitem', { name: 'Made on the tour' }),
    ).toBeVisible()
    await page.keyboard.press('Escape')

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Insights' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible()
    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Download CSV' }).click()
    // The file name comes from Content-Disposition, which the server must expose to a page on another origin.
    expect((await download).suggestedFilename()).toMatch(/\.csv$/)
    await expectNoError(page)
  })
})
