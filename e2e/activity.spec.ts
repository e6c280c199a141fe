import type { Page } from '@playwright/test'
import { answerAsPostHog, FAKE_HOST, fakeUser, fulfillJson, pageOf } from './api-routes'
import { test, expect } from './fixtures'

/*
 * The project-wide activity feed against the in-browser mock: changes made in the test show up with their diff,
 * filters live in the URL and search the whole history (PostHog's endpoint cannot filter), and "Load more" appends
 * without moving what is on screen.
 */

/** Each entry of the feed (the day lists' own items, not the chips inside a diff). */
const entries = (page: Page) => page.locator('main section > ol > li')
const status = (page: Page) => page.getByRole('status').filter({ hasText: /entries|entry/ })

/** Every entry of the project's history, read through the API from the page, newest first. */
async function wholeHistory(page: Page): Promise<{ activity: string }[]> {
  return page.evaluate(async () => {
    const all: { activity: string }[] = []
    for (let pageNumber = 1; ; pageNumber++) {
      const answer = (await (await fetch(`/api/projects/1/insights/activity/?limit=100&page=${pageNumber}`)).json()) as {
        results: { activity: string }[]
        next: string | null
      }
      all.push(...answer.results)
      if (!answer.next) return all
    }
  })
}

async function openFeed(page: Page, query = ''): Promise<void> {
  await page.goto(`/project/1/activity${query}`)
  await expect(page.getByRole('heading', { level: 1, name: 'Activity' })).toBeVisible()
  await expect(status(page)).toBeVisible()
}

test.describe('activity feed', () => {
  test('shows a rename made in this test with its diff, linked to the insight', async ({ page }) => {
    await openFeed(page)
    const insight = await page.evaluate(() =>
      fetch('/api/projects/1/insights/?insight=TRENDS&limit=1')
        .then((response) => response.json() as Promise<{ results: { short_id: string; name: string | null }[] }>)
        .then((list) => list.results[0]),
    )
    if (!insight) throw new Error('the mock has no trends insight')

    await page.goto(`/project/1/insights/${insight.short_id}`)
    await page.getByRole('button', { name: 'Edit name' }).click()
    await page.getByRole('textbox', { name: 'Name' }).fill('Weekly signups, renamed for the feed')
    await page.getByRole('textbox', { name: 'Name' }).press('Enter')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Weekly signups, renamed for the feed')

    // Back through the sidebar: the feed was cached before the rename and must show it now.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Activity', exact: true }).click()
    await expect(page).toHaveURL(/\/project\/1\/activity$/)
    const newest = entries(page).first()
    // PostHog's activity user is `{first_name, email}`: the feed names people by first name.
    await expect(newest).toContainText('Ada updated name on Weekly signups, renamed for the feed')
    await expect(newest.locator('[data-diff-side="before"]')).toHaveText(`Before:${insight.name ?? '(empty)'}`)
    await expect(newest.locator('[data-diff-side="after"]')).toHaveText('After:Weekly signups, renamed for the feed')
    await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText('Today')

    await newest.getByRole('link', { name: 'Weekly signups, renamed for the feed' }).click()
    await expect(page).toHaveURL(new RegExp(`/project/1/insights/${insight.short_id}$`))
  })

  test('says a query change in words, with the raw diff one click away', async ({ page }) => {
    await openFeed(page)
    const name = await page.evaluate(async () => {
      const list = (await (await fetch('/api/projects/1/insights/?insight=TRENDS&limit=1')).json()) as {
        results: { id: number; name: string | null; query: { source: Record<string, unknown> } }[]
      }
      const insight = list.results[0]
      if (!insight) throw new Error('the mock has no trends insight')
      const source = insight.query.source
      const [first, ...rest] = source.series as Record<string, unknown>[]
      const trendsFilter = (source.trendsFilter ?? {}) as Record<string, unknown>
      const query = {
        ...insight.query,
        source: {
          ...source,
          interval: source.interval === 'week' ? 'month' : 'week',
          dateRange: { date_from: '-90d' },
          series: [
            { ...first, custom_name: 'Renamed in the feed test' },
            ...rest,
            { kind: 'EventsNode', event: 'query_diff_added', math: 'total' },
          ],
          breakdownFilter: { breakdown: 'e2e_plan', breakdown_type: 'person' },
          properties: [{ key: '$current_url', operator: 'icontains', value: 'pricing', type: 'event' }],
          filterTestAccounts: source.filterTestAccounts !== true,
          trendsFilter: { ...trendsFilter, display: trendsFilter.display === 'ActionsPie' ? 'ActionsBar' : 'ActionsPie' },
        },
      }
      const answer = await fetch(`/api/projects/1/insights/${insight.id}/`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ query }),
      })
      if (!answer.ok) throw new Error(`PATCH answered ${answer.status}`)
      return insight.name
    })
    await page.reload()
    const newest = entries(page).first()
    await expect(newest).toContainText(`updated query on ${name ?? ''}`)
    const sentences = newest.getByRole('listitem')
    await expect(sentences.filter({ hasText: 'Series added: “query_diff_added”' })).toHaveCount(1)
    await expect(sentences.filter({ hasText: /^Interval changed from \w+ to (week|month)$/ })).toHaveCount(1)
    await expect(sentences.filter({ hasText: /^Date range changed from .+ to last 90 days$/ })).toHaveCount(1)
    await expect(sentences.filter({ hasText: /^Series “.+” renamed to “Renamed in the feed test”$/ })).toHaveCount(1)
    await expect(sentences.filter({ hasText: /^Breakdown (added: |changed from .+ to )e2e_plan$/ })).toHaveCount(1)
    await expect(sentences.filter({ hasText: 'Filter added: $current_url contains pricing' })).toHaveCount(1)
    await expect(sentences.filter({ hasText: /^Test accounts now (filtered out|included)$/ })).toHaveCount(1)
    await expect(sentences.filter({ hasText: /^Display (changed from .+ to|set to) (pie chart|bar chart)$/ })).toHaveCount(1)
    // No JSON until asked for.
    await expect(newest.getByText('source.interval')).toBeHidden()
    await newest.getByRole('button', { name: 'Show raw diff' }).click()
    await expect(newest.getByRole('button', { name: 'Hide raw diff' })).toHaveAttribute('aria-expanded', 'true')
    await expect(newest.getByText('source.interval')).toBeVisible()
  })

  test('filters by kind of change and by user, in the URL', async ({ page }) => {
    await openFeed(page)
    await expect(status(page)).toContainText(/Showing 20 of \d+ entries/)

    await page.getByLabel('Change').selectOption('updated')
    await expect(page).toHaveURL(/[?&]activity=updated/)
    await expect(status(page)).toHaveText(/^(Showing 20 of )?\d+ matches in (the newest [\d,]+ of|all) [\d,]+ entries\.$/)
    await expect(entries(page)).toHaveCount(20)
    for (const line of await entries(page).locator('> div > p:first-child').allTextContents()) {
      expect(line).toMatch(/ updated /)
    }

    const firstAuthor = (await entries(page).first().locator('> div > p:first-child > span').first().textContent()) ?? ''
    // The feed names a person by first name; the filter lists members by full name (and keys them by email).
    const option = page.getByLabel('User').locator('option', { hasText: firstAuthor }).first()
    await page.getByLabel('User').selectOption((await option.getAttribute('value')) ?? '')
    await expect(page).toHaveURL(/[?&]user=[^&]+(%40|@)/)
    await expect(status(page)).toContainText(/matches? in/)
    for (const line of await entries(page).locator('> div > p:first-child').allTextContents()) {
      expect(line.startsWith(`${firstAuthor} updated`)).toBe(true)
    }

    // The filters come back with the link.
    const url = page.url()
    await page.goto(url)
    await expect(page.getByLabel('Change')).toHaveValue('updated')
    await expect(page.getByLabel('User')).not.toHaveValue('')

    await page.getByRole('button', { name: 'Clear filters' }).click()
    await expect(page).toHaveURL(/\/project\/1\/activity$/)
    await expect(status(page)).toContainText('Showing 20 of')
  })

  test('a rare change is searched for through the whole history, not only the first page', async ({ page }) => {
    await openFeed(page)
    const history = await wholeHistory(page)
    const deleted = history.filter((entry) => entry.activity === 'deleted').length
    const onFirstPage = history.slice(0, 20).filter((entry) => entry.activity === 'deleted').length
    // The demo data deletes a few insights: fewer than a search's target, and most of them further back.
    expect(deleted).toBeGreaterThan(onFirstPage)
    expect(deleted).toBeLessThan(20)

    await page.getByLabel('Change').selectOption('deleted')
    await expect(status(page)).toHaveText(
      `${deleted} ${deleted === 1 ? 'match' : 'matches'} in all ${history.length.toLocaleString('en-US')} entries.`,
    )
    await expect(entries(page)).toHaveCount(deleted)
    await expect(page.getByText('That is the beginning of this project’s history.')).toBeVisible()
    await expect(page.getByRole('progressbar', { name: 'Entries searched' })).toBeHidden()
  })

  test('a search through the history shows its progress and can be stopped and continued', async ({ page }) => {
    // Slow answers, so the search is still going when Stop is pressed.
    await page.addInitScript(() => localStorage.setItem('insight-desk:mock-latency', '300'))
    await openFeed(page, '?user=nobody%40example.test')
    const progress = page.getByRole('progressbar', { name: 'Entries searched' })
    await expect(progress).toBeVisible()
    await expect(status(page)).toContainText('Searching older entries:')
    await page.getByRole('button', { name: 'Stop' }).click()

    await expect(status(page)).toHaveText(/^Stopped: 0 matches in the newest [\d,]+ of [\d,]+ entries\.$/)
    await expect(progress).toBeHidden()
    await expect(page.getByText('No match in the entries searched')).toBeVisible()

    await page.getByRole('button', { name: 'Continue searching' }).click()
    await expect(status(page)).toHaveText(/^0 matches in all [\d,]+ entries\.$/)
    await expect(page.getByText('Nothing in this project’s history matches these filters.')).toBeVisible()
  })

  test('"Load more" appends older entries and keeps the scroll position', async ({ page }) => {
    await openFeed(page)
    await expect(status(page)).toContainText('Showing 20 of')
    const loadMore = page.getByRole('button', { name: 'Load more' })
    await loadMore.scrollIntoViewIfNeeded()
    const lastBefore = entries(page).nth(19)
    const lastText = await lastBefore.textContent()
    const topBefore = (await lastBefore.boundingBox())?.y ?? 0
    const scrollBefore = await page.evaluate(() => window.scrollY)
    expect(scrollBefore).toBeGreaterThan(0)

    await loadMore.click()
    await expect(status(page)).toContainText('Showing 40 of')
    await expect(entries(page)).toHaveCount(40)
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollBefore)
    await expect(entries(page).nth(19)).toHaveText(lastText ?? '')
    expect(Math.abs(((await entries(page).nth(19).boundingBox())?.y ?? 0) - topBefore)).toBeLessThan(2)
  })

  test('passes axe with filters set, in light and dark', async ({ page, expectAccessible }) => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme })
      await openFeed(page, '?activity=updated')
      await expectAccessible()
    }
  })
})

test.describe('activity feed against an API that fails', () => {
  const entry = (index: number) => ({
    id: `entry-${index}`,
    user: fakeUser,
    activity: 'updated',
    scope: 'Insight',
    item_id: String(100 + index),
    detail: {
      name: `Insight ${index}`,
      short_id: `short${String(index).padStart(3, '0')}`,
      changes: [{ type: 'Insight', action: 'changed', field: 'description', before: 'old', after: `new ${index}` }],
    },
    created_at: new Date(Date.now() - index * 60_000).toISOString(),
  })

  test('a page that fails to load shows the reason in place, and Retry loads it', async ({ page }) => {
    let revoked = true
    await answerAsPostHog(page, (url, route) => {
      if (url.pathname.endsWith('/members/')) return fulfillJson(route, pageOf([]))
      if (url.pathname === '/api/projects/1/insights/activity/') {
        const pageNumber = Number(url.searchParams.get('page') ?? 1)
        if (pageNumber === 2 && revoked) {
          return fulfillJson(
            route,
            {
              type: 'authentication_error',
              code: 'authentication_failed',
              detail: 'Personal API key found in request Authorization header is invalid.',
              attr: null,
            },
            401,
          )
        }
        const start = (pageNumber - 1) * 20
        return fulfillJson(route, {
          results: Array.from({ length: 20 }, (_, index) => entry(start + index)),
          next: pageNumber < 2 ? `${FAKE_HOST}/api/projects/1/insights/activity/?limit=20&page=2` : null,
          previous: null,
          total_count: 40,
        })
      }
      return null
    })
    await openFeed(page)
    await page.getByRole('button', { name: 'Load more' }).click()
    const alert = page.getByRole('alert')
    await expect(alert).toContainText('The API key was not accepted')
    await expect(alert).toContainText('Personal API key found in request Authorization header is invalid.')
    await expect(entries(page)).toHaveCount(20)

    revoked = false
    await alert.getByRole('button', { name: 'Retry' }).click()
    await expect(entries(page)).toHaveCount(40)
    await expect(page.getByRole('alert')).toBeHidden()
    await expect(page.getByText('That is the beginning of this project’s history.')).toBeVisible()
  })
})
