import type { Locator, Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { fakeInsight, fakeUser, pageOf, useFakePostHog } from './api-routes'

/*
 * The insights list as a user sees it: whole names at 1280 px, type and tags under the name on a phone, tabs that fit,
 * and a "Last viewed" that counts the views Home's Trending counts.
 */

interface ApiInsight {
  id: number
  short_id: string
  name: string | null
  derived_name: string | null
  last_viewed_at: string | null
}

const DAY = 86_400_000
const displayName = (insight: ApiInsight) => insight.name?.trim() || insight.derived_name?.trim() || 'Untitled insight'

function api<T>(page: Page, path: string): Promise<T> {
  return page.evaluate((url) => fetch(url).then((response) => response.json() as Promise<T>), `/api/projects/1/${path}`)
}

async function openList(page: Page, search = ''): Promise<void> {
  await page.goto(`/project/1/insights${search}`)
  await expect(page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible()
}

const rowLink = (page: Page, name: string) => page.locator('[data-insight-row] [data-row-link]').filter({ hasText: name }).first()

/** Whether an element shows all of its text: nothing clamped, cut off or scrolled away. */
function showsAllText(locator: Locator): Promise<boolean> {
  return locator.evaluate(
    (element) => element.scrollHeight <= element.clientHeight + 1 && element.scrollWidth <= element.clientWidth + 1,
  )
}

test('at 1280 px the longest demo name is shown whole, and is its own tooltip', async ({ page }) => {
  await openList(page)
  const all = await api<{ results: ApiInsight[] }>(page, 'insights/?basic=true&limit=1000')
  const longest = all.results.map(displayName).sort((a, b) => b.length - a.length)[0] ?? ''
  expect(longest.length, 'the demo has long names').toBeGreaterThan(60)
  await openList(page, `?search=${encodeURIComponent(longest)}`)
  const link = rowLink(page, longest)
  await expect(link).toHaveText(longest)
  await expect(link).toHaveAttribute('title', longest)
  expect(await showsAllText(link)).toBe(true)
})

test('a name too long for three lines is clamped, and shown whole on keyboard focus', async ({ page }) => {
  await openList(page)
  const name =
    `Weekly retention of mobile users who signed up through a partner campaign ${'and kept watching '.repeat(12)}`.trim()
  const created = await page.evaluate(async (insightName) => {
    const response = await fetch('/api/projects/1/insights/', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        name: insightName,
        query: {
          kind: 'InsightVizNode',
          source: { kind: 'TrendsQuery', series: [{ kind: 'EventsNode', event: '$pageview' }] },
        },
      }),
    })
    return response.status
  }, name)
  expect(created).toBe(201)
  await openList(page, '?search=partner%20campaign')
  const row = page.locator('[data-insight-row]').filter({ hasText: 'partner campaign' }).first()
  const link = row.locator('[data-row-link]')
  await expect(link).toHaveAttribute('title', name)
  expect(await showsAllText(link), 'clamped before focus').toBe(false)
  // Keyboard focus, as Tab gives it (focus-visible): from the row's star, the control before the name.
  await row.getByRole('button', { name: /^Favorite / }).focus()
  await page.keyboard.press('Tab')
  await expect(link).toBeFocused()
  expect(await showsAllText(link), 'whole on focus').toBe(true)
})

/** Names of every length from 20 to 110 characters: with less room, some of them would wrap onto one more line. */
const fakeRows = Array.from({ length: 31 }, (_, index) =>
  fakeInsight({
    id: index + 1,
    short_id: `row${index + 1}`,
    name: `Signups by plan ${'and region '.repeat(12)}`.slice(0, 20 + index * 3).trim(),
    description: index % 2 ? 'Weekly, by plan' : null,
    query: { kind: 'InsightVizNode', source: { kind: 'TrendsQuery', series: [] } },
  }),
)

/**
 * The list in API mode against `fakeRows`, with the answers that come after the rows (alerts; the filter panel's
 * members, tags and dashboards) held back until `release` is called.
 */
function listWithLateAnswers(page: Page): Promise<{ release: () => void }> {
  const late = {
    '/api/projects/1/alerts/': pageOf(fakeRows.map((row) => ({ id: `alert-${String(row.id)}`, insight: { id: row.id } }))),
    '/api/organizations/@current/members/': pageOf(
      Array.from({ length: 12 }, (_, index) => ({
        id: `m${index}`,
        user: { ...fakeUser, id: index + 1, first_name: `Member ${index}` },
      })),
    ),
    '/api/projects/1/tags/': Array.from({ length: 12 }, (_, index) => `tag-${index}`),
    '/api/projects/1/dashboards/': pageOf(
      Array.from({ length: 12 }, (_, index) => ({ id: index + 1, name: `Dashboard ${index}` })),
    ),
  }
  return useFakePostHog(page, { '/api/projects/1/insights/': pageOf(fakeRows), ...late }, Object.keys(late))
}

/** Where each row of the list is. */
function rowBoxes(page: Page): Promise<{ top: number; height: number }[]> {
  return page.locator('[data-insight-row]').evaluateAll((elements) =>
    elements.map((element) => {
      const { top, height } = element.getBoundingClientRect()
      return { top, height }
    }),
  )
}

test('the alerts bells, which come after the rows, move no row', async ({ page }) => {
  const { release } = await listWithLateAnswers(page)
  await openList(page)
  await expect(page.locator('[data-insight-row]')).toHaveCount(fakeRows.length)
  const before = await rowBoxes(page)
  release()
  await expect(page.getByRole('table').getByRole('img', { name: 'Has alerts' })).toHaveCount(fakeRows.length)
  expect(await rowBoxes(page)).toEqual(before)
})

test('with filters in the address the filter panel comes with the rows, and its lists filling move no row', async ({ page }) => {
  const { release } = await listWithLateAnswers(page)
  // The panel's code is a chunk of its own; a slow one must not come after the rows and push them down.
  await page.route('**/assets/insight-filters-panel-*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 500))
    await route.continue()
  })
  await openList(page, '?type=TRENDS')
  await expect(page.locator('[data-insight-row]')).toHaveCount(fakeRows.length)
  const before = await rowBoxes(page)
  release()
  const filters = page.getByRole('region', { name: 'Filters' })
  for (const [list, first] of [
    ['Created by', 'Member 0'],
    ['Tags (any of)', 'tag-0'],
    ['On dashboards (all of)', 'Dashboard 0'],
  ])
    await expect(filters.getByRole('group', { name: list }).getByRole('checkbox', { name: first })).toBeVisible()
  expect(await rowBoxes(page)).toEqual(before)
})

test('"Last viewed" counts anyone\'s views, as Trending does, and says so', async ({ page }) => {
  await page.goto('/project/1')
  const ranking = page.getByRole('region', { name: 'Trending' }).getByRole('list', { name: /^Most viewed/ })
  await expect(ranking.locator(':scope > li').first()).toBeVisible()
  // An insight others viewed this week and Ada (the demo user) did not: its viewers are all listed (at most 3 views).
  const items = await ranking.locator(':scope > li').all()
  let name: string | null = null
  for (const item of items) {
    const viewers = (await item.getByRole('list').first().getAttribute('aria-label')) ?? ''
    const views = Number(/(\d+) views?/.exec((await item.textContent()) ?? '')?.[1] ?? 99)
    if (views <= 3 && !viewers.includes('Ada Lovelace')) {
      name = await item.getByRole('link').first().innerText()
      break
    }
  }
  if (!name) throw new Error('Trending lists no insight viewed only by others')
  const trendingAnswer = await api<{ results: ApiInsight[] }>(page, 'insights/trending/?days=7')
  const insight = trendingAnswer.results.find((candidate) => displayName(candidate) === name)
  if (!insight?.last_viewed_at) throw new Error(`Trending sends no last_viewed_at for ${name}`)

  await openList(page, `?search=${encodeURIComponent(name)}`)
  await expect(page.getByRole('columnheader', { name: 'Last viewed by anyone' })).toBeVisible()
  // The tab of recent views says whose, as Home's "Recently viewed by you" does.
  await expect(page.getByRole('link', { name: 'Recently viewed by anyone', exact: true })).toBeVisible()
  const row = page
    .locator('[data-insight-row]')
    .filter({ has: page.getByRole('link', { name, exact: true }) })
    .first()
  const lastViewed = row.locator('td').last().locator('time')
  await expect(lastViewed).toHaveAttribute('datetime', insight.last_viewed_at)
  const at = Date.parse((await lastViewed.getAttribute('datetime')) ?? '')
  expect(Date.now() - at, 'viewed within Trending’s 7 days').toBeLessThan(7 * DAY)
})

test.describe('on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test('each row shows its type and tags under the name', async ({ page }) => {
    await openList(page)
    const row = page
      .locator('[data-insight-row]')
      .filter({ has: page.getByRole('listitem') })
      .first()
    await row.scrollIntoViewIfNeeded()
    const name = row.locator('[data-row-link]')
    const type = row.locator('td').nth(3)
    const tags = row.getByRole('list', { name: 'Tags' })
    for (const part of [name, type, tags]) await expect(part).toBeInViewport()
    await expect(tags.getByRole('listitem').first()).toBeVisible()
    await expect(type).toHaveText(/Trends|Funnels|Retention|Paths|Stickiness|Lifecycle|SQL|Other query/)
    const nameBox = await name.boundingBox()
    for (const part of [type, tags]) {
      const box = await part.boundingBox()
      if (!nameBox || !box) throw new Error('a part of the row has no box')
      expect(box.y, 'under the name').toBeGreaterThanOrEqual(nameBox.y + nameBox.height - 1)
      expect(box.x + box.width, 'within the screen').toBeLessThanOrEqual(390)
    }
    // Still a table to assistive technology: rows of cells under their column headers.
    await expect(page.getByRole('row')).not.toHaveCount(0)
    await expect(row.getByRole('cell').first()).toBeVisible()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
  })

  test('the tabs are all shown whole', async ({ page }) => {
    await openList(page)
    const tabs = page.getByRole('navigation', { name: 'Insight lists' }).getByRole('link')
    await expect(tabs).toHaveCount(4)
    for (const tab of await tabs.all()) {
      await expect(tab).toBeInViewport({ ratio: 1 })
      expect(await showsAllText(tab), await tab.innerText()).toBe(true)
    }
    await expect(page.getByRole('link', { name: 'Recently viewed' })).toBeInViewport({ ratio: 1 })
  })
})

/*
 * Rows come in two stages: those that can show above the fold first, the rest a frame later (use-rows-in-stages.ts).
 * Whatever the first stage holds must reach past the bottom of the window, so the user never sees it arrive.
 */
for (const view of ['table', 'cards'] as const) {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 1920, height: 1080 },
    { width: 390, height: 844 },
  ]) {
    test(`the first stage of ${view === 'table' ? 'rows' : 'cards'} fills a ${viewport.width} × ${viewport.height} window`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport)
      await page.addInitScript(() => {
        const observer = new MutationObserver(() => {
          const rows = document.querySelectorAll('[data-insight-row]')
          if (!rows.length) return
          observer.disconnect()
          const last = rows[rows.length - 1]!.getBoundingClientRect()
          ;(window as unknown as { firstStage: unknown }).firstStage = { rows: rows.length, lastBottom: last.bottom }
        })
        observer.observe(document, { childList: true, subtree: true })
      })
      await openList(page)
      if (view === 'cards') {
        // The view is remembered; the reload shows the cards from a fresh start, as a returning user sees them.
        await page.getByRole('button', { name: 'Card view' }).click()
        await expect(page.getByRole('list', { name: 'Insights' })).toBeVisible()
        await page.reload()
      }
      await expect(page.locator('[data-insight-row]')).toHaveCount(50)
      const firstStage = await page.evaluate(
        () => (window as unknown as { firstStage: { rows: number; lastBottom: number } }).firstStage,
      )
      expect(firstStage.rows).toBeLessThan(50)
      expect(firstStage.lastBottom).toBeGreaterThan(viewport.height)
    })
  }
}
