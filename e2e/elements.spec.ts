import type { Page } from '@playwright/test'
import { useFakePostHog } from './api-routes'
import { test, expect } from './fixtures'

/*
 * The elements page against the in-browser mock: read-only (PostHog's ElementSerializer has no id), the click summary,
 * and filters with suggestions.
 */

async function openElements(page: Page, query = ''): Promise<void> {
  await page.goto(`/project/1/elements${query}`)
  await expect(page.getByRole('heading', { level: 1, name: 'Elements' })).toBeVisible()
  await expect(page.getByRole('table', { name: 'Elements' })).toBeVisible()
}

async function apiJson<T>(page: Page, path: string): Promise<{ status: number; body: T | null }> {
  return page.evaluate(async (url) => {
    const response = await fetch(url)
    return { status: response.status, body: response.status === 200 ? ((await response.json()) as T) : null }
  }, `/api/projects/1/${path}`)
}

const rows = (page: Page) => page.getByRole('table', { name: 'Elements' }).getByRole('row')

test.describe('elements', () => {
  test('is read-only and says why: PostHog sends elements without an id', async ({ page }) => {
    await openElements(page)
    await expect(page.getByText('Read-only: PostHog’s API lists elements without an id')).toBeVisible()
    await expect(page.getByRole('button', { name: /^(Edit|Delete) / })).toHaveCount(0)
    const list = await apiJson<{ results: Record<string, unknown>[] }>(page, 'elements/?limit=1')
    expect(list.body?.results[0]).not.toHaveProperty('id')
  })

  test('filters with suggestions, in the URL', async ({ page }) => {
    await openElements(page)
    const tagName = page.getByRole('combobox', { name: 'Tag name' })
    await tagName.click()
    await page.getByRole('option', { name: 'a', exact: true }).click()
    await expect(page).toHaveURL(/[?&]tag_name=a(&|$)/)
    for (const cell of await rows(page).locator('td:first-child').allTextContents()) expect(cell).toBe('a')

    const text = page.getByRole('combobox', { name: 'Text' })
    await text.fill('pric')
    await expect(page.getByRole('option', { name: 'Pricing' })).toBeVisible()
    await expect(page).toHaveURL(/[?&]text=pric(&|$)/)
    // The open suggestions hide the rest of the page from assistive technology, as a modal popover does.
    await text.press('Escape')
    const texts = await rows(page).locator('td:nth-child(2)').allTextContents()
    expect(texts.length).toBeGreaterThan(0)
    for (const cell of texts) expect(cell).toBe('Pricing')
    await expect(page.getByRole('status').filter({ hasText: 'Filters apply to the loaded elements' })).toContainText(
      `${texts.length} of the`,
    )

    await page.reload()
    await expect(page.getByRole('combobox', { name: 'Text' })).toHaveValue('pric')
    await page.getByRole('button', { name: 'Clear filters' }).first().click()
    await expect(page).toHaveURL(/\/project\/1\/elements$/)
    await expect(page.getByRole('combobox', { name: 'Tag name' })).toHaveValue('')
  })

  test('the click summary counts rage and dead clicks when asked', async ({ page }) => {
    await openElements(page)
    const summary = page.getByRole('region', { name: 'Most clicked' })
    const topCount = async (include: string) => {
      const stats = await apiJson<{ results: { count: number }[] }>(page, `elements/stats/?include=${include}`)
      return (stats.body?.results[0]?.count ?? 0).toLocaleString('en-US')
    }
    await expect(summary.getByRole('listitem').first()).toContainText(await topCount('$autocapture'))

    const rage = page.getByRole('switch', { name: 'Rage clicks' })
    await rage.focus()
    await page.keyboard.press('Space')
    await expect(page).toHaveURL(/[?&]rageclicks=true/)
    const dead = page.getByRole('switch', { name: 'Dead clicks' })
    await dead.focus()
    await page.keyboard.press('Space')
    await expect(page).toHaveURL(/[?&]deadclicks=true/)
    const stats = await apiJson<{ results: { type: string; count: number }[] }>(
      page,
      'elements/stats/?include=$autocapture,$rageclick,$dead_click',
    )
    const shown = stats.body?.results.slice(0, 5) ?? []
    await expect(summary.getByRole('listitem')).toHaveCount(shown.length)
    for (const [index, stat] of shown.entries()) {
      await expect(summary.getByRole('listitem').nth(index)).toContainText(stat.count.toLocaleString('en-US'))
    }
  })

  test('the click summary arriving after the table moves no row of it', async ({ page }) => {
    await openElements(page)
    const list = await apiJson<{ results: unknown[] }>(page, 'elements/?limit=100')
    const stats = await apiJson<{ results: unknown[] }>(page, 'elements/stats/?include=$autocapture')
    expect(stats.body?.results.length).toBeGreaterThanOrEqual(5)
    const { release } = await useFakePostHog(
      page,
      { '/api/projects/1/elements/': { ...list.body, next: null }, '/api/projects/1/elements/stats/': stats.body },
      ['/api/projects/1/elements/stats/'],
    )
    await openElements(page)
    const summary = page.getByRole('region', { name: 'Most clicked' })
    await expect(summary.getByText('Counting clicks…')).toBeVisible()
    const table = page.getByRole('table', { name: 'Elements' })
    const before = await table.boundingBox()
    release()
    await expect(summary.getByRole('listitem')).toHaveCount(5)
    expect(await table.boundingBox()).toEqual(before)
  })

  test('passes axe in light and dark', async ({ page, expectAccessible }) => {
    // Two axe runs on a busy two-core machine.
    test.setTimeout(90_000)
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme })
      await openElements(page)
      await expect(page.getByRole('region', { name: 'Most clicked' }).getByRole('listitem').first()).toBeVisible()
      await expectAccessible()
    }
  })
})
