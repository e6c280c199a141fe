import type { Page } from '@playwright/test'
import { answerAsPostHog, fakeInsight, fulfillJson, pageOf } from './api-routes'
import { test, expect } from './fixtures'

interface Row {
  id: number
  short_id: string
  name: string | null
  derived_name: string | null
  favorited: boolean
  tags: string[]
  deleted?: boolean
}
interface Page_ {
  count: number
  results: Row[]
}

/** The mock's own answer for a list query, fetched from the page once the app (and so the mock's worker) is running. */
async function api(page: Page, query: string): Promise<Page_> {
  return page.evaluate(async (q) => (await (await fetch(`/api/projects/1/insights/?basic=true&${q}`)).json()) as Page_, query)
}

async function insight(page: Page, id: number): Promise<Row> {
  return page.evaluate(async (i) => (await (await fetch(`/api/projects/1/insights/${i}/`)).json()) as Row, id)
}

const displayName = (row: Row) => row.name ?? row.derived_name ?? 'Untitled insight'
const range = (count: number, size = 50, page = 1) =>
  count === 0
    ? '0 of 0'
    : `${(page - 1) * size + 1}–${Math.min(page * size, count).toLocaleString('en-US')} of ${count.toLocaleString('en-US')}`

async function openList(page: Page, search = ''): Promise<void> {
  await page.goto(`/project/1/insights${search}`)
  await expect(page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible()
}

const rowLinks = (page: Page) => page.locator('[data-insight-row] [data-row-link]')

async function expectFirstRows(page: Page, expected: Page_, size = 50, pageNumber = 1): Promise<void> {
  await expect(page.getByText(range(expected.count, size, pageNumber), { exact: true })).toBeVisible()
  await expect(rowLinks(page).first()).toHaveText(displayName(expected.results[0]!))
  await expect(rowLinks(page)).toHaveCount(expected.results.length)
}

async function openFilters(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: /^Filters/ })
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click()
  await expect(page.getByRole('region', { name: 'Filters' })).toBeVisible()
}

test('shows the first page of insights, newest modification first, and is accessible', async ({ page, expectAccessible }) => {
  await openList(page)
  await expectFirstRows(page, await api(page, 'limit=50&order=-last_modified_at'))
  await expect(page.getByRole('link', { name: 'All insights' })).toHaveAttribute('aria-current', 'page')
  await expectAccessible()
})

test('search is debounced into the URL, highlights hits and marks similar matches', async ({ page }) => {
  await openList(page)
  await page.keyboard.press('/')
  await expect(page.getByRole('searchbox', { name: 'Search insights' })).toBeFocused()
  await page.keyboard.type('signup')
  await expect(page).toHaveURL(/search=signup/)
  const expected = await api(page, 'limit=50&order=-last_modified_at&search=signup')
  await expectFirstRows(page, expected)
  await expect(page.locator('mark').first()).toHaveText(/signup/i)
  await expect(page.getByRole('button', { name: 'Remove filter Search: “signup”' })).toBeVisible()

  await page.getByRole('searchbox', { name: 'Search insights' }).fill('retension')
  const similar = await api(page, 'limit=50&order=-last_modified_at&search=retension')
  await expect(page.getByText(range(similar.count), { exact: true })).toBeVisible()
  if (similar.results.some((row) => (row as Row & { search_match_type?: string }).search_match_type === 'similar'))
    await expect(page.getByText('Similar', { exact: true }).first()).toBeVisible()
})

// One test per filter: as one test the seven filters took most of its 30 s on a busy 2-core machine.
test.describe('each filter narrows the list like the API does', () => {
  test.beforeEach(async ({ page }) => {
    await openList(page)
    await openFilters(page)
  })

  test('type, in an accessible filter panel', async ({ page, expectAccessible }) => {
    // The panel alone: the list around it is checked by the first test here and by the axe sweep.
    await expectAccessible('section[aria-label="Filters"]')
    await page.getByLabel('Insight type').selectOption('FUNNELS')
    await expect(page).toHaveURL(/type=FUNNELS/)
    await expectFirstRows(page, await api(page, 'limit=50&order=-last_modified_at&insight=FUNNELS'))
    await page.getByRole('button', { name: 'Remove filter Type: Funnels' }).click()
    await expect(page).not.toHaveURL(/type=FUNNELS/)
  })

  test('created by', async ({ page }) => {
    const member = page.getByRole('group', { name: 'Created by' }).getByRole('checkbox').first()
    const memberName = (await member.locator('xpath=..').innerText()).trim()
    await member.check()
    await expect(page.getByRole('button', { name: `Remove filter Created by: ${memberName}` })).toBeVisible()
    const userId = new URL(page.url()).searchParams.get('createdBy')
    expect(userId).toMatch(/^\[\d+\]$/)
    await expectFirstRows(page, await api(page, `limit=50&order=-last_modified_at&created_by=${userId}`))
  })

  test('tags', async ({ page }) => {
    const tag = page.getByRole('group', { name: 'Tags (any of)' }).getByRole('checkbox').first()
    const tagName = (await tag.locator('xpath=..').innerText()).trim()
    await tag.check()
    await expectFirstRows(
      page,
      await api(page, `limit=50&order=-last_modified_at&tags=${encodeURIComponent(JSON.stringify([tagName]))}`),
    )
    await page.getByRole('button', { name: `Remove filter Tag: ${tagName}` }).click()
    await expectFirstRows(page, await api(page, 'limit=50&order=-last_modified_at'))
  })

  test('saved insights only', async ({ page }) => {
    await page.getByLabel('Saved insights only').check()
    await expectFirstRows(page, await api(page, 'limit=50&order=-last_modified_at&saved=true'))
  })

  test('last modified', async ({ page }) => {
    await page.getByLabel('Last modified', { exact: true }).selectOption({ label: 'Last 7 days' })
    await expect(page.getByRole('button', { name: 'Remove filter Last modified: Last 7 days' })).toBeVisible()
    await expectFirstRows(page, await api(page, 'limit=50&order=-last_modified_at&date_from=-7d'))
  })

  test('created, custom dates', async ({ page }) => {
    await page.getByLabel('Created', { exact: true }).selectOption({ label: 'Custom dates…' })
    await page.getByLabel('Created from').fill('2020-01-01')
    await page.getByLabel('Created to').fill('2099-12-31')
    await expectFirstRows(
      page,
      await api(page, 'limit=50&order=-last_modified_at&created_date_from=2020-01-01&created_date_to=2099-12-31'),
    )
  })

  test('on dashboards', async ({ page }) => {
    const withDashboard = (await api(page, 'limit=1000')).results.find(
      (row) => (row as Row & { dashboards: number[] }).dashboards.length > 0,
    ) as (Row & { dashboards: number[] }) | undefined
    if (!withDashboard) throw new Error('the demo data has no insight on a dashboard')
    const dashboard = withDashboard.dashboards[0]!
    const dashboardName = await page.evaluate(async (id) => {
      const list = (await (await fetch('/api/projects/1/dashboards/')).json()) as { results: { id: number; name: string }[] }
      return list.results.find((candidate) => candidate.id === id)?.name ?? ''
    }, dashboard)
    await page.getByRole('group', { name: 'On dashboards (all of)' }).getByLabel(dashboardName, { exact: true }).check()
    await expectFirstRows(page, await api(page, `limit=50&order=-last_modified_at&dashboards=[${dashboard}]`))
  })
})

test('filters combine, show as chips and clear all at once', async ({ page }) => {
  await openList(page, '?type=TRENDS&saved=true&modifiedFrom=-1y')
  await expectFirstRows(page, await api(page, 'limit=50&order=-last_modified_at&insight=TRENDS&saved=true&date_from=-1y'))
  await expect(page.getByRole('list', { name: 'Active filters' }).getByRole('listitem')).toHaveCount(3)
  await page.getByRole('button', { name: 'Clear all' }).click()
  await expect(page.getByRole('list', { name: 'Active filters' })).toBeHidden()
  await expectFirstRows(page, await api(page, 'limit=50&order=-last_modified_at'))
})

test('tabs: my insights, favorites and recently viewed', async ({ page }) => {
  await openList(page)
  await page.getByRole('link', { name: 'My insights' }).click()
  await expect(page).toHaveURL(/tab=mine/)
  await expectFirstRows(page, await api(page, 'limit=50&order=-last_modified_at&user=true'))
  await page.getByRole('link', { name: 'Favorites' }).click()
  const favorites = await api(page, 'limit=50&order=-last_modified_at&favorited=true')
  if (favorites.count) await expectFirstRows(page, favorites)
  await page.getByRole('link', { name: 'Recently viewed' }).click()
  await expect(page.getByLabel('Sort by')).toHaveValue('-last_viewed_at')
  const recent = await api(page, 'limit=50&order=-last_viewed_at&last_viewed_date_from=-30d')
  if (recent.count) await expectFirstRows(page, recent)
  else await expect(page.getByText('No insights match these filters')).toBeVisible()
})

test('the URL holds the whole state: a copied link opens the same list, junk falls back to defaults', async ({
  page,
  context,
}) => {
  await openList(page, '?type=FUNNELS&order=name&pageSize=25&page=2')
  const expected = await api(page, 'limit=25&offset=25&order=name&insight=FUNNELS')
  await expectFirstRows(page, expected, 25, 2)

  const copy = await context.newPage()
  await copy.goto(page.url())
  await expectFirstRows(copy, expected, 25, 2)
  await expect(copy.getByLabel('Sort by')).toHaveValue('name')

  await copy.goto('/project/1/insights?type=PIE&page=-3&pageSize=7&order=random&createdBy=%5B%22x%22%5D&modifiedFrom=soon')
  await expect(copy.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible()
  await expectFirstRows(copy, await api(copy, 'limit=50&order=-last_modified_at'))
  await expect(copy.getByRole('list', { name: 'Active filters' })).toBeHidden()
})

test('back and forward restore each state', async ({ page }) => {
  await openList(page)
  await page.getByRole('link', { name: 'Favorites' }).click()
  await expect(page).toHaveURL(/tab=favorites/)
  await page.getByRole('searchbox', { name: 'Search insights' }).fill('funnel')
  await expect(page).toHaveURL(/search=funnel/)
  await page.goBack()
  await expect(page).not.toHaveURL(/search=/)
  await expect(page.getByRole('searchbox', { name: 'Search insights' })).toHaveValue('')
  await expect(page.getByRole('link', { name: 'Favorites' })).toHaveAttribute('aria-current', 'page')
  await page.goBack()
  await expect(page.getByRole('link', { name: 'All insights' })).toHaveAttribute('aria-current', 'page')
  await page.goForward()
  await page.goForward()
  await expect(page.getByRole('searchbox', { name: 'Search insights' })).toHaveValue('funnel')
})

test('pagination, page size and sorting', async ({ page }) => {
  await openList(page)
  const all = await api(page, 'limit=50&offset=50&order=-last_modified_at')
  await page.getByRole('link', { name: 'Page 2' }).click()
  await expect(page).toHaveURL(/page=2/)
  await expectFirstRows(page, all, 50, 2)
  await expect(page.getByRole('link', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page')

  await page.getByLabel('Rows per page').selectOption('25')
  await expectFirstRows(page, await api(page, 'limit=25&order=-last_modified_at'), 25)

  await page.getByRole('button', { name: 'Name' }).click()
  await expect(page).toHaveURL(/order=name/)
  await expect(page.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'ascending')
  await expectFirstRows(page, await api(page, 'limit=25&order=name'), 25)
  await page.getByRole('button', { name: 'Name' }).click()
  await expectFirstRows(page, await api(page, 'limit=25&order=-name'), 25)
  await page.getByRole('button', { name: 'Last viewed' }).click()
  await expect(page.getByRole('columnheader', { name: 'Last viewed' })).toHaveAttribute('aria-sort', 'descending')
  await expectFirstRows(page, await api(page, 'limit=25&order=-last_viewed_at'), 25)
  await page.getByLabel('Sort by').selectOption('created_at')
  await expectFirstRows(page, await api(page, 'limit=25&order=created_at'), 25)
})

test('keyboard: j/k move, x selects, f favorites, Enter opens, ? lists the shortcuts, Esc clears', async ({ page }) => {
  await openList(page)
  const first = await api(page, 'limit=50&order=-last_modified_at')
  await page.keyboard.press('j')
  await expect(rowLinks(page).nth(0)).toBeFocused()
  await page.keyboard.press('j')
  await page.keyboard.press('j')
  await page.keyboard.press('k')
  await expect(rowLinks(page).nth(1)).toBeFocused()
  const second = first.results[1]!

  await page.keyboard.press('x')
  await expect(page.getByRole('checkbox', { name: `Select ${displayName(second)}` })).toBeChecked()
  await expect(page.getByText('1 selected')).toBeVisible()

  await page.keyboard.press('f')
  await expect(page.getByRole('button', { name: `Favorite ${displayName(second)}` })).toHaveAttribute(
    'aria-pressed',
    String(!second.favorited),
  )
  await expect.poll(async () => (await insight(page, second.id)).favorited).toBe(!second.favorited)

  await page.keyboard.press('?')
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByText('Favorite or unfavorite the insight')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()

  await page.keyboard.press('Escape')
  await expect(page.getByText('1 selected')).toBeHidden()

  // Shortcuts keep working from a row's checkbox, which is an input but takes no typing.
  await page.getByRole('checkbox', { name: `Select ${displayName(first.results[2]!)}` }).click()
  await page.keyboard.press('j')
  await expect(rowLinks(page).nth(3)).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(page.getByText('1 selected')).toBeHidden()

  await rowLinks(page).nth(1).focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`/project/1/insights/${second.short_id}$`))
})

test('a favorite toggled with the star survives a reload', async ({ page }) => {
  await openList(page)
  const row = (await api(page, 'limit=50&order=-last_modified_at')).results.find((candidate) => !candidate.favorited)!
  const star = page.getByRole('button', { name: `Favorite ${displayName(row)}` })
  await star.click()
  await expect(star).toHaveAttribute('aria-pressed', 'true')
  await expect.poll(async () => (await insight(page, row.id)).favorited).toBe(true)
  await page.reload()
  await expect(page.getByRole('button', { name: `Favorite ${displayName(row)}` })).toHaveAttribute('aria-pressed', 'true')
})

/** Selects the first three rows with a click and a shift-click, and returns them as the API lists them. */
async function selectFirstThreeRows(page: Page): Promise<Row[]> {
  await openList(page)
  const rows = (await api(page, 'limit=50&order=-last_modified_at')).results.slice(0, 3)
  await page.getByRole('checkbox', { name: `Select ${displayName(rows[0]!)}` }).click()
  await page.getByRole('checkbox', { name: `Select ${displayName(rows[2]!)}` }).click({ modifiers: ['Shift'] })
  await expect(page.getByText('3 selected')).toBeVisible()
  return rows
}

// Four tests rather than one: together they took most of a 30 s timeout on a busy 2-core machine.
test('bulk: a selection moves no row, and its actions stay in view at the top as the list scrolls', async ({ page }) => {
  await openList(page)
  const rows = page.locator('[data-insight-row]')
  await expect(rows.nth(5)).toBeVisible()
  const boxes = () =>
    rows.evaluateAll((elements) =>
      elements.map((element) => {
        const { top, height } = element.getBoundingClientRect()
        return { top, height }
      }),
    )
  const before = await boxes()
  await rows.first().getByRole('checkbox').click()
  const bar = page.getByRole('region', { name: 'Bulk actions' })
  await expect(bar.getByText('1 selected')).toBeVisible()
  expect(await boxes()).toEqual(before)
  await page.evaluate(() => window.scrollTo(0, 600))
  await expect(bar).toBeInViewport()
  // Nothing lies over it, the sidebar included: a trial click checks what receives the pointer there.
  await bar.getByText('1 selected').click({ trial: true, timeout: 2000 })
  await bar.getByRole('button', { name: 'Clear selection' }).click()
  await expect(bar).toHaveCount(0)
})

test('bulk: shift-click selects a range', async ({ page }) => {
  const rows = await selectFirstThreeRows(page)
  await expect(page.getByRole('checkbox', { name: `Select ${displayName(rows[1]!)}` })).toBeChecked()
})

test('bulk: tags added to the selection, in an accessible dialog', async ({ page, expectAccessible }) => {
  const rows = await selectFirstThreeRows(page)
  // Checked before any toast is on screen: this is about the dialog.
  await page.getByRole('region', { name: 'Bulk actions' }).getByRole('button', { name: 'Edit tags…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Edit tags of 3 insights' })
  await expect(dialog).toBeVisible()
  await expectAccessible()
  const tagInput = dialog.getByRole('combobox', { name: 'Tags to add' })
  await tagInput.fill('Bulk-Test, q3')
  await tagInput.press('Enter')
  await dialog.getByRole('button', { name: 'Apply' }).click()
  await expect(page.getByText('Updated tags on 3 insights')).toBeVisible()
  for (const row of rows) expect((await insight(page, row.id)).tags).toEqual(expect.arrayContaining(['bulk-test', 'q3']))
})

test('bulk: favorite the selection', async ({ page }) => {
  const rows = await selectFirstThreeRows(page)
  await page.getByRole('region', { name: 'Bulk actions' }).getByRole('button', { name: 'Favorite', exact: true }).click()
  await expect(page.getByText('Favorited 3 insights')).toBeVisible()
  for (const row of rows) expect((await insight(page, row.id)).favorited).toBe(true)
})

test('bulk: delete the selection and undo', async ({ page }) => {
  const rows = await selectFirstThreeRows(page)
  await page.getByRole('region', { name: 'Bulk actions' }).getByRole('button', { name: 'Delete' }).click()
  await expect(page.getByText('Deleted 3 insights')).toBeVisible()
  await expect(page.getByRole('checkbox', { name: `Select ${displayName(rows[0]!)}` })).toBeHidden()
  expect((await api(page, 'limit=3&order=-last_modified_at')).results.map((r) => r.id)).not.toContain(rows[0]!.id)
  await page
    .locator('[data-sonner-toast]')
    .filter({ hasText: 'Deleted 3 insights' })
    .getByRole('button', { name: 'Undo' })
    .click()
  await expect(page.getByText('Restored 3 insights')).toBeVisible()
  await expect(page.getByRole('checkbox', { name: `Select ${displayName(rows[0]!)}` })).toBeVisible()
})

test('CSV: the filtered list from the API, and the selection', async ({ page }) => {
  await openList(page, '?type=RETENTION')
  const expected = await api(page, 'limit=1000&order=-last_modified_at&insight=RETENTION')
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ])
  expect(download.suggestedFilename()).toBe('insights.csv')
  const csv = await (await download.createReadStream()).toArray()
  const text = Buffer.concat(csv).toString('utf8')
  expect(text.split('\n')[0]).toContain('short_id')
  for (const row of expected.results.slice(0, 5)) expect(text).toContain(row.short_id)

  await page.getByRole('checkbox', { name: 'Select all on this page' }).check()
  const [selection] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()])
  const selected = Buffer.concat(await (await selection.createReadStream()).toArray()).toString('utf8')
  const lines = selected.trim().split('\r\n')
  expect(lines[0]).toBe(
    'id,short_id,name,derived_name,type,description,tags,favorited,created_by.email,created_at,last_modified_at,last_viewed_at',
  )
  expect(lines).toHaveLength(Math.min(50, expected.count) + 1)
})

test('card view is remembered', async ({ page, expectAccessible }) => {
  await openList(page)
  await page.getByRole('button', { name: 'Card view' }).click()
  await expect(page.getByRole('list', { name: 'Insights' })).toBeVisible()
  await expect(page.getByRole('table')).toBeHidden()
  await page.reload()
  await expect(page.getByRole('button', { name: 'Card view' })).toHaveAttribute('aria-pressed', 'true')
  await expect(page.getByRole('list', { name: 'Insights' }).getByRole('listitem').first()).toBeVisible()
  await expectAccessible()
})

test('no results offers to clear the filters', async ({ page }) => {
  await openList(page, '?search=zzqxv-nothing-matches')
  await expect(page.getByText('No insights match these filters')).toBeVisible()
  await page.getByRole('button', { name: 'Clear filters' }).click()
  await expectFirstRows(page, await api(page, 'limit=50&order=-last_modified_at'))
})

test('new insight: creates it and opens its detail page', async ({ page }) => {
  await openList(page)
  await page.getByRole('button', { name: 'New insight' }).click()
  const dialog = page.getByRole('dialog', { name: 'New insight' })
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Created from the list')
  await dialog.getByLabel('Type').selectOption('FUNNELS')
  await dialog.getByRole('button', { name: 'Create insight' }).click()
  await expect(page).toHaveURL(/\/project\/1\/insights\/[A-Za-z0-9]{8}$/)
  const created = await api(page, 'limit=1&search=Created%20from%20the%20list')
  expect(created.results[0]?.name).toBe('Created from the list')
})

test('fits a 390px wide screen', async ({ page, expectAccessible }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await openList(page)
  await expect(rowLinks(page).first()).toBeVisible()
  await expect(page.getByRole('searchbox', { name: 'Search insights' })).toBeVisible()
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
  await expectAccessible()
})

test.describe('against an API', () => {
  const row = fakeInsight()

  async function stubApi(page: Page, list: (url: URL) => { status: number; body: unknown }): Promise<void> {
    await answerAsPostHog(page, (url, route) => {
      if (route.request().method() === 'PATCH')
        return fulfillJson(
          route,
          {
            type: 'authentication_error',
            code: 'permission_denied',
            detail: "API key missing required scope 'insight:write'",
            attr: null,
          },
          403,
        )
      if (url.pathname === '/api/projects/1/insights/') {
        const answer = list(url)
        return fulfillJson(route, answer.body, answer.status)
      }
      return null
    })
  }

  test('an empty project says so and offers to create the first insight', async ({ page }) => {
    await stubApi(page, () => ({ status: 200, body: pageOf([]) }))
    await openList(page)
    await expect(page.getByText('No insights in this project yet')).toBeVisible()
  })

  test("an error shows the API's message and Retry", async ({ page }) => {
    let fail = false
    await stubApi(page, (url) =>
      fail && url.searchParams.get('insight') === 'SQL'
        ? {
            status: 400,
            body: { type: 'validation_error', code: 'invalid', detail: 'Something about SQL is off.', attr: 'insight' },
          }
        : { status: 200, body: pageOf([row]) },
    )
    await openList(page)
    fail = true
    await openFilters(page)
    await page.getByLabel('Insight type').selectOption('SQL')
    await expect(page.getByText('Something about SQL is off. (field: insight)')).toBeVisible()
    fail = false
    await page.getByRole('button', { name: 'Retry' }).click()
    await expect(page.getByText('Something about SQL is off.')).toBeHidden()
    await expect(rowLinks(page).first()).toHaveText('Weekly signups')
  })

  test('a read-only key turns write actions off and says which scope is missing', async ({ page }) => {
    await stubApi(page, () => ({ status: 200, body: pageOf([row]) }))
    await openList(page)
    await page.getByRole('button', { name: 'Favorite Weekly signups' }).click()
    await expect(page.getByText("This API key is read-only here: it lacks the 'insight:write' scope.")).toBeVisible()
    await expect(page.getByRole('button', { name: 'Favorite Weekly signups' })).toHaveAttribute('aria-pressed', 'false')
    await expect(page.getByRole('button', { name: 'Favorite Weekly signups' })).toBeDisabled()
    await expect(page.getByRole('button', { name: 'New insight' })).toBeDisabled()
  })
})
