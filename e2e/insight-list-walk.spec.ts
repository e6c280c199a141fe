import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'

/*
 * From an insight back to the list as it was (breadcrumb), and through the filtered list without going back: the
 * insight's place in the list, previous and next, and the `[` `]` keys, across the list's page boundaries.
 */

interface Row {
  short_id: string
  name: string | null
  derived_name: string | null
}

const LIST_QUERY = 'limit=25&order=-last_modified_at&insight=FUNNELS'

async function api(page: Page, query: string): Promise<{ count: number; results: Row[] }> {
  return page.evaluate(
    async (q) => (await (await fetch(`/api/projects/1/insights/?basic=true&${q}`)).json()) as { count: number; results: Row[] },
    query,
  )
}

const nameOf = (row: Row) => row.name ?? row.derived_name ?? 'Untitled insight'
const rowLinks = (page: Page) => page.locator('[data-insight-row] [data-row-link]')
const position = (page: Page) => page.getByRole('group', { name: 'Position in the list' })

async function expectOnInsight(page: Page, row: Row, index: number, count: number): Promise<void> {
  await expect(page).toHaveURL(new RegExp(`/project/1/insights/${row.short_id}$`))
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).locator('[aria-current="page"]')).toHaveText(nameOf(row))
  await expect(position(page)).toContainText(`${index} of ${count.toLocaleString('en-US')}`)
}

test('the breadcrumb leads back to the filtered list as it was; [ and ] walk it', async ({ page, expectAccessible }) => {
  await page.goto('/project/1/insights?type=FUNNELS&pageSize=25')
  await expect(page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible()
  const first = await api(page, LIST_QUERY)
  const count = first.count
  expect(count).toBeGreaterThan(25)
  await expect(rowLinks(page).first()).toHaveText(nameOf(first.results[0]!))

  await rowLinks(page).nth(1).click()
  await expectOnInsight(page, first.results[1]!, 2, count)
  const breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' })
  await expect(breadcrumb.getByRole('link', { name: 'Insights' })).toBeVisible()
  await expect(breadcrumb.locator('[aria-current="page"]')).toHaveText(nameOf(first.results[1]!))
  await expectAccessible('nav[aria-label="Breadcrumb"], [role="group"][aria-label="Position in the list"]')

  await page.keyboard.press(']')
  await expectOnInsight(page, first.results[2]!, 3, count)
  await page.keyboard.press('[')
  await page.keyboard.press('[')
  await expectOnInsight(page, first.results[0]!, 1, count)
  await expect(position(page).getByRole('link', { name: 'Previous insight' })).toHaveAttribute('aria-disabled', 'true')
  await position(page)
    .getByRole('link', { name: `Next insight: ${nameOf(first.results[1]!)}` })
    .click()
  await expectOnInsight(page, first.results[1]!, 2, count)

  // Typing a bracket into a field is typing, not walking.
  await page.getByRole('button', { name: 'Edit name' }).click()
  await page.getByRole('textbox', { name: 'Name' }).press(']')
  await expect(page).toHaveURL(new RegExp(`/insights/${first.results[1]!.short_id}$`))
  await page.getByRole('textbox', { name: 'Name' }).press('Escape')

  await breadcrumb.getByRole('link', { name: 'Insights' }).click()
  await expect(page).toHaveURL(/\/project\/1\/insights\?/)
  const back = new URL(page.url()).searchParams
  expect(back.get('type')).toBe('FUNNELS')
  expect(back.get('pageSize')).toBe('25')
  await expect(rowLinks(page).first()).toHaveText(nameOf(first.results[0]!))
})

test('the last row of a page leads on to the next page, and the list is then left on that page', async ({ page }) => {
  await page.goto('/project/1/insights?type=FUNNELS&pageSize=25')
  await expect(page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible()
  const first = await api(page, LIST_QUERY)
  const second = await api(page, `${LIST_QUERY}&offset=25`)
  const count = first.count
  await expect(rowLinks(page).nth(24)).toHaveText(nameOf(first.results[24]!))
  await rowLinks(page).nth(24).click()
  await expectOnInsight(page, first.results[24]!, 25, count)
  // The next page is read once the last row is open; a `]` pressed before it is there is taken when it arrives.
  await page.keyboard.press(']')
  await expectOnInsight(page, second.results[0]!, 26, count)
  await page.keyboard.press('[')
  await expectOnInsight(page, first.results[24]!, 25, count)
  await page.keyboard.press(']')
  await expectOnInsight(page, second.results[0]!, 26, count)
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Insights' }).click()
  await expect(page).toHaveURL(/[?&]page=2/)
  await expect(rowLinks(page).first()).toHaveText(nameOf(second.results[0]!))
})

test('an insight opened without the list still leads back to the list', async ({ page }) => {
  await page.goto('/project/1/insights')
  await expect(page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible()
  const [row] = (await api(page, 'limit=1&order=-last_modified_at')).results
  if (!row) throw new Error('the mock has no insights')
  await page.evaluate(() => sessionStorage.clear())
  await page.goto(`/project/1/insights/${row.short_id}`)
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Insights' }).click()
  await expect(page).toHaveURL(/\/project\/1\/insights$/)
})
