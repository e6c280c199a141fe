import type { Page } from '@playwright/test'
import { startMockServerProcess, type MockServerProcess } from '../mocks/server-process'
import { test, expect } from './fixtures'
import { useApiConnection } from './api-routes'

/*
 * "Check compatibility" and the per-card "unavailable here" notes: in demo mode, and against the HTTP mock server with
 * the demo keys that play a key without some scopes (phx_demo_limited) and an older free PostHog (phx_demo_legacy).
 */

const report = (page: Page) => page.getByRole('region', { name: 'Compatibility report' })
const row = (page: Page, feature: string) => report(page).getByRole('row', { name: new RegExp(`^${feature}`) })

async function checkCompatibility(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Check compatibility' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Compatibility checked' })).toBeAttached()
}

test('in demo mode every feature works but the not_on_dashboard filter, which PostHog does not have either; the report is kept for this connection, and the clean-up page takes its answer', async ({
  page,
  expectAccessible,
}) => {
  test.slow()
  await page.goto('/settings')
  await checkCompatibility(page)
  await expect(report(page).getByRole('table')).toContainText('13 of 14 features work here')
  await expect(report(page)).toContainText('Connected as')
  await expect(row(page, 'Sharing: public links and passwords')).toContainText('Works')
  const filter = row(page, 'Clean-up: PostHog lists the insights on no dashboard')
  await expect(filter).toContainText('Unavailable (PostHog version)')
  await expect(filter).toContainText('Asked for not_on_dashboard=true, this PostHog answers the whole insight list')
  await expectAccessible()

  await page.reload()
  await expect(report(page).getByRole('table')).toContainText('13 of 14 features work here')

  // The clean-up page asks the list for not_on_dashboard only to probe it, and the report has answered that.
  const probes: string[] = []
  page.on('request', (request) => {
    if (request.url().includes('not_on_dashboard')) probes.push(request.url())
  })
  await page.goto('/project/1/cleanup')
  await expect(page.getByRole('status').filter({ hasText: /^Found \d+ candidates among/ })).toBeVisible()
  await expect(page.getByText('This PostHog has no “not on a dashboard” filter')).toBeVisible()
  expect(probes).toEqual([])
})

test.describe('against the HTTP mock with limited keys', () => {
  let server: MockServerProcess | null = null

  test.beforeAll(async () => {
    // Starting a server process is slow on a busy machine; the tests themselves are not.
    test.setTimeout(120_000)
    server = await startMockServerProcess(30)
  })

  test.afterAll(() => {
    server?.stop()
    server = null
  })

  test('lists what works and why not, per key, and never stores the key with the report', async ({ page, expectAccessible }) => {
    test.slow()
    await useApiConnection(page, 'phx_demo_limited', server?.url)
    await page.goto('/settings')
    await checkCompatibility(page)
    await expect(report(page).getByRole('table')).toContainText('9 of 14 features work here')
    await expect(row(page, 'Sharing: public links and passwords')).toContainText('Unavailable (API key scope)')
    await expect(row(page, 'Sharing: public links and passwords')).toContainText(
      'The personal API key lacks the scope sharing_configuration:read',
    )
    await expect(row(page, 'Activity')).toContainText('Unavailable (API key scope)')
    await expect(row(page, 'Insights: list')).toContainText('Works')
    await expectAccessible()

    const key = page.getByLabel('Personal API key', { exact: true })
    await key.fill('phx_demo_legacy')
    // Another key is another connection: its report is not the limited key's.
    await expect(report(page)).toHaveCount(0)
    await checkCompatibility(page)
    await expect(report(page).getByRole('table')).toContainText('8 of 14 features work here')
    await expect(row(page, 'Home: trending insights')).toContainText('Unavailable (PostHog version)')
    await expect(row(page, 'Tags')).toContainText('Unavailable (Plan)')
    await expect(row(page, 'Tags')).toContainText('Tagging is part of the premium PostHog offering.')

    await key.fill('phx_demo_limited')
    await expect(report(page).getByRole('table')).toContainText('9 of 14 features work here')
    const stored = await page.evaluate(() => localStorage.getItem('insight-desk:compatibility') ?? '')
    expect(stored).toContain('sharing_configuration:read')
    expect(stored).not.toContain('phx_demo')
  })

  test('Home says Trending is unavailable on an older PostHog, while the other cards load', async ({ page }) => {
    await useApiConnection(page, 'phx_demo_legacy', server?.url)
    await page.goto('/project/1')
    const trending = page.getByRole('region', { name: 'Trending' })
    await expect(trending.getByRole('note', { name: 'Home: trending insights is not available on this PostHog' })).toBeVisible()
    await expect(trending.getByRole('alert')).toHaveCount(0)
    await expect(page.getByRole('region', { name: 'Summary' }).getByRole('table', { name: 'Insights by type' })).toBeVisible()
  })

  test('the Sharing tab and Activity say which scope the key lacks, instead of an error', async ({ page, request }) => {
    test.slow()
    const list = await request.get(`${server?.url}/api/projects/1/insights/?limit=1`, {
      headers: { Authorization: 'Bearer phx_demo_full' },
    })
    const { results } = (await list.json()) as { results: { short_id: string }[] }
    const shortId = results[0]?.short_id ?? ''
    await useApiConnection(page, 'phx_demo_limited', server?.url)

    await page.goto(`/project/1/insights/${shortId}/sharing`)
    const sharing = page.getByRole('note', { name: 'Sharing: public links and passwords is not available with this API key' })
    await expect(sharing).toContainText('lacks the scope sharing_configuration:read')
    await expect(page.getByRole('navigation', { name: 'Insight sections' })).toBeVisible()
    await expect(page.getByRole('alert')).toHaveCount(0)

    await page.goto('/project/1/activity')
    await expect(
      page.getByRole('note', { name: 'Activity: project feed and insight history is not available with this API key' }),
    ).toContainText('activity_log:read')
    await expect(page.getByRole('alert')).toHaveCount(0)
  })
})
