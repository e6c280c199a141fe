import type { Page } from '@playwright/test'
import { answerAsPostHog, fulfillJson, pageOf, useFakePostHog } from './api-routes'
import { test, expect } from './fixtures'

/*
 * Home against the in-browser mock. Views are recorded the way users make them (opening an insight's page), and what
 * the cards show is compared with the API's own answers, fetched from the page.
 */

interface ApiInsight {
  id: number
  short_id: string
  name: string | null
  derived_name: string | null
}
interface TrendingPage {
  results: (ApiInsight & { view_count: number; viewers: { first_name: string }[] })[]
}

const displayName = (insight: ApiInsight) => insight.name?.trim() || insight.derived_name?.trim() || 'Untitled insight'

function api<T>(page: Page, path: string): Promise<T> {
  return page.evaluate((url) => fetch(url).then((response) => response.json() as Promise<T>), `/api/projects/1/${path}`)
}

const card = (page: Page, name: string) => page.getByRole('region', { name })
const trendingNames = (page: Page) => card(page, 'Trending').getByRole('list').first().getByRole('link').allInnerTexts()

async function openHome(page: Page, path = '/project/1'): Promise<void> {
  await page.goto(path)
  await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible()
}

test.describe('home', () => {
  test('/ opens home, the sidebar marks it, and every card passes axe in light and dark', async ({ page, expectAccessible }) => {
    await page.goto('/')
    await expect(page).toHaveURL(/\/project\/1$/)
    await expect(page).toHaveTitle('Home · Insight Desk')
    const nav = page.getByRole('navigation', { name: 'Main' })
    await expect(nav.getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page')
    await expect(nav.getByRole('link', { name: 'Insights' })).not.toHaveAttribute('aria-current', 'page')
    for (const name of ['Trending', 'Recently viewed by you', 'Favorites', 'Summary'])
      await expect(card(page, name).getByRole('link').first()).toBeVisible()
    await page.screenshot({ path: '/tmp/shots/home-light.png', fullPage: true })
    await expectAccessible()
    await page.emulateMedia({ colorScheme: 'dark' })
    await expect(page.locator('html')).toHaveClass(/dark/)
    await page.screenshot({ path: '/tmp/shots/home-dark.png', fullPage: true })
    await expectAccessible()
  })

  test('viewing an insight puts it first in Recently viewed; Trending counts its viewer once, as PostHog counts people', async ({
    page,
  }) => {
    // Four visits through the app, each a page load and a write: more than the default 30 s on a busy machine.
    test.slow()
    await openHome(page)
    // A new insight: its views are exactly the ones this test makes, and as the latest edited it ranks first among
    // insights with one viewer (PostHog's trending caps `limit` at 100, so an older one could fall off the end).
    const insight = await page.evaluate(async () => {
      const response = await fetch('/api/projects/1/insights/', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          name: 'Pageviews seen by one person four times',
          query: {
            kind: 'InsightVizNode',
            source: { kind: 'TrendsQuery', series: [{ kind: 'EventsNode', event: '$pageview' }] },
          },
        }),
      })
      return (await response.json()) as { id: number; short_id: string; name: string | null; derived_name: string | null }
    })
    const name = displayName(insight)
    const trending = card(page, 'Trending')
    const recent = card(page, 'Recently viewed by you')
    await expect(trending.getByRole('link', { name, exact: true })).toHaveCount(0)

    await page.goto(`/project/1/insights/${insight.short_id}`)
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
    for (let visit = 2; visit <= 4; visit += 1) {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click()
      await expect(recent.getByRole('link').first()).toHaveText(name)
      await recent.getByRole('link', { name, exact: true }).click()
      await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
    }
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click()

    // Four visits by one person: PostHog's trending counts viewers (one InsightViewed row per user), so 1, with Ada.
    await expect(recent.getByRole('link').first()).toHaveText(name)
    const after = await api<TrendingPage>(page, 'insights/trending/?days=30&limit=100')
    const row = after.results.find((candidate) => candidate.id === insight.id)
    expect(row?.view_count).toBe(1)
    expect(row?.viewers.map((viewer) => viewer.first_name)).toEqual(['Ada'])
  })

  test('the window switch re-ranks Trending, lives in the URL and survives a reload', async ({ page }) => {
    await openHome(page)
    const week = (await api<TrendingPage>(page, 'insights/trending/?days=7&limit=10')).results.map(displayName)
    const month = (await api<TrendingPage>(page, 'insights/trending/?days=30&limit=10')).results.map(displayName)
    expect(month, 'the seed views differ between the windows').not.toEqual(week)
    await expect.poll(() => trendingNames(page)).toEqual(week)

    const switcher = page.getByRole('radiogroup', { name: 'Trending window' })
    await expect(switcher.getByRole('radio', { name: '7 days' })).toBeChecked()
    await switcher.getByRole('radio', { name: '30 days' }).click()
    await expect(page).toHaveURL(/\/project\/1\?days=30$/)
    await expect.poll(() => trendingNames(page)).toEqual(month)

    await page.reload()
    await expect(switcher.getByRole('radio', { name: '30 days' })).toBeChecked()
    await expect.poll(() => trendingNames(page)).toEqual(month)

    // The radio group moves with the arrow keys, like any other.
    await switcher.getByRole('radio', { name: '30 days' }).focus()
    await page.keyboard.press('ArrowLeft')
    await page.keyboard.press('Space')
    await expect(page).toHaveURL(/\/project\/1\?days=14$/)
    await page.goBack()
    await expect(switcher.getByRole('radio', { name: '30 days' })).toBeChecked()

    await openHome(page, '/project/1?days=9000')
    await expect(switcher.getByRole('radio', { name: '7 days' })).toBeChecked()
  })

  test('against a PostHog API, a failing card shows its error with Retry while the others load; empty cards say so', async ({
    page,
  }) => {
    await openHome(page)
    const trendingPage = await api<TrendingPage>(page, 'insights/trending/?days=7&limit=10')
    const basicPage = await api<{ results: ApiInsight[] }>(page, 'insights/?basic=true&limit=3')
    let failTrending = true
    await answerAsPostHog(page, (url, route) => {
      const path = url.pathname
      const empty = pageOf([])
      if (path.endsWith('/insights/trending/'))
        return failTrending
          ? fulfillJson(
              route,
              // A 4xx is shown at once (no retries); a 403 or 404 would say "unavailable here" instead (compatibility.spec).
              { type: 'validation_error', code: 'invalid', detail: 'Trending could not be computed.', attr: null },
              400,
            )
          : fulfillJson(route, url.searchParams.get('days') === '30' ? empty : trendingPage)
      if (path.endsWith('/insights/my_last_viewed/')) return fulfillJson(route, [])
      if (path.endsWith('/insights/') && url.searchParams.has('favorited')) return fulfillJson(route, empty)
      if (path.endsWith('/insights/')) return fulfillJson(route, pageOf(basicPage.results))
      return null
    })
    await openHome(page)

    const trending = card(page, 'Trending')
    await expect(trending.getByRole('alert')).toContainText('Trending could not be computed.')
    await expect(card(page, 'Recently viewed by you').getByText('Nothing viewed yet')).toBeVisible()
    await expect(card(page, 'Favorites').getByText('No favorites yet')).toBeVisible()
    await expect(card(page, 'Summary').getByRole('table', { name: 'Insights by type' })).toBeVisible()

    failTrending = false
    await trending.getByRole('button', { name: 'Retry' }).click()
    await expect(trending.getByRole('alert')).toHaveCount(0)
    await expect.poll(() => trendingNames(page)).toEqual(trendingPage.results.map(displayName))
    await trending.getByRole('radio', { name: '30 days' }).click()
    await expect(trending.getByText('No views in the last 30 days')).toBeVisible()
  })

  test('Trending arriving full moves no card below it: its skeleton is as tall as ten rows', async ({ page }) => {
    await openHome(page)
    const trendingPage = await api<TrendingPage>(page, 'insights/trending/?days=7&limit=10')
    expect(trendingPage.results).toHaveLength(10)
    const { release } = await useFakePostHog(
      page,
      {
        '/api/projects/1/insights/trending/': trendingPage,
        '/api/projects/1/insights/my_last_viewed/': [],
        '/api/projects/1/insights/': pageOf([]),
      },
      ['/api/projects/1/insights/trending/'],
    )
    await openHome(page)
    // Every other card has its answer first, so only Trending's can move anything.
    const below = card(page, 'Recently viewed by you')
    await expect(below.getByText('Nothing viewed yet')).toBeVisible()
    await expect(card(page, 'Favorites').getByText('No favorites yet')).toBeVisible()
    await expect(card(page, 'Summary').getByRole('table', { name: 'Insights by type' })).toBeVisible()
    await expect(card(page, 'Trending').getByRole('status', { name: 'Loading Trending' })).toBeVisible()
    const before = await below.boundingBox()
    release()
    await expect.poll(() => trendingNames(page)).toEqual(trendingPage.results.map(displayName))
    expect(await below.boundingBox()).toEqual(before)
  })

  test('the summary counts match the API and link to the filtered list', async ({ page }) => {
    await openHome(page)
    const total = (await api<{ count: number }>(page, 'insights/?basic=true&limit=1')).count
    const funnels = (await api<{ count: number }>(page, 'insights/?basic=true&limit=1&insight=FUNNELS')).count
    const thisWeek = (await api<{ count: number }>(page, 'insights/?basic=true&limit=1&created_date_from=-7d')).count
    const summary = card(page, 'Summary')
    await expect(summary.getByRole('definition').first()).toHaveText(total.toLocaleString('en-US'))
    await expect(summary.getByRole('definition').nth(1)).toHaveText(thisWeek.toLocaleString('en-US'))
    await expect(summary.getByRole('row', { name: /^Funnels/ }).getByRole('cell')).toHaveText(funnels.toLocaleString('en-US'))
    await summary.getByRole('link', { name: 'Funnels' }).click()
    await expect(page).toHaveURL(/\/project\/1\/insights\?type=FUNNELS$/)
    await expect(page.getByText(`of ${funnels}`)).toBeVisible()
  })
})
