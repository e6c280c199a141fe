import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'

/*
 * The list's "On dashboards" filter offers the project's dashboards by name, searchable like the creator and tag
 * filters, while the URL keeps their ids (PostHog's `dashboards` list parameter).
 */

interface Dashboard {
  id: number
  name: string
}

async function dashboardsOf(page: Page): Promise<Dashboard[]> {
  return page.evaluate(async () => {
    const answer = (await (await fetch('/api/projects/1/dashboards/')).json()) as { results: Dashboard[] }
    return answer.results
  })
}

async function insightCount(page: Page, dashboardIds: readonly number[]): Promise<number> {
  return page.evaluate(async (ids) => {
    const query = encodeURIComponent(JSON.stringify(ids))
    const answer = (await (await fetch(`/api/projects/1/insights/?basic=true&limit=1&dashboards=${query}`)).json()) as {
      count: number
    }
    return answer.count
  }, dashboardIds)
}

test('dashboards are offered by name with search; the URL keeps their ids', async ({ page, expectAccessible }) => {
  await page.goto('/project/1/insights')
  await expect(page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible()
  const dashboards = await dashboardsOf(page)
  const growth = dashboards.find((dashboard) => dashboard.name === 'Growth weekly')
  if (!growth) throw new Error('the demo data has no “Growth weekly” dashboard')

  await page.getByRole('button', { name: /^Filters/ }).click()
  const group = page.getByRole('group', { name: 'On dashboards (all of)' })
  await expect(group.getByRole('checkbox')).toHaveCount(dashboards.length)
  await expect(group.getByLabel('Company KPIs', { exact: true })).toBeVisible()

  await page.getByRole('searchbox', { name: 'Find a dashboard' }).fill('GROW')
  await expect(group.getByRole('checkbox')).toHaveCount(1)
  await group.getByLabel('Growth weekly', { exact: true }).check()
  await expect(page).toHaveURL(/[?&]dashboards=/)
  expect(new URL(page.url()).searchParams.get('dashboards')).toBe(`[${growth.id}]`)
  const chip = page.getByRole('button', { name: 'Remove filter On dashboard: Growth weekly' })
  await expect(chip).toBeVisible()
  const count = await insightCount(page, [growth.id])
  expect(count).toBeGreaterThan(0)
  await expect(page.getByText(`1–${Math.min(50, count)} of ${count.toLocaleString('en-US')}`, { exact: true })).toBeVisible()

  // A chosen dashboard stays in view while the search looks for another.
  await page.getByRole('searchbox', { name: 'Find a dashboard' }).fill('revenue')
  await expect(group.getByRole('checkbox')).toHaveCount(2)
  await expect(group.getByLabel('Growth weekly', { exact: true })).toBeChecked()
  await expectAccessible('section[aria-label="Filters"]')

  // The link restores the choice by id, shown by name.
  await page.reload()
  await expect(chip).toBeVisible()
  await chip.click()
  await expect(page).not.toHaveURL(/dashboards=/)
})
