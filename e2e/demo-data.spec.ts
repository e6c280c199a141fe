import { test, expect } from './fixtures'

test('saved demo data that cannot be read is reseeded, with a visible notice', async ({ page }) => {
  await page.addInitScript(() => {
    if (sessionStorage.getItem('e2e-corrupted')) return
    sessionStorage.setItem('e2e-corrupted', '1')
    localStorage.setItem('insight-desk:mock-db', '{not json')
  })
  await page.goto('/project/1/insights')
  await expect(page.getByText('Saved demo data could not be read; it has been reset.')).toBeVisible()
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible()
  await expect(page.getByText('Saved demo data could not be read')).toBeHidden()
})

test('"Reset demo data" asks first, then restores the seeded data', async ({ page, expectAccessible }) => {
  await page.goto('/settings')
  // The app renders only once the mock's worker answers, so after this the page's own fetches reach the mock.
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
  // Change the demo data through the mock API itself, as the app would.
  const before = await page.evaluate(async () => {
    const list = (await (await fetch('/api/projects/1/insights/?limit=1')).json()) as {
      results: { id: number; name: string | null }[]
    }
    const first = list.results[0]!
    await fetch(`/api/projects/1/insights/${first.id}/`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Renamed in a test' }),
    })
    return first
  })
  const nameOf = () =>
    page.evaluate(
      async (id) => ((await (await fetch(`/api/projects/1/insights/${id}/`)).json()) as { name: string | null }).name,
      before.id,
    )
  expect(await nameOf()).toBe('Renamed in a test')

  await page.getByRole('button', { name: 'Reset demo data' }).click()
  await expect(page.getByText('This discards every change you made to the demo data.')).toBeVisible()
  await expectAccessible()
  await page.getByRole('button', { name: 'Cancel' }).click()
  expect(await nameOf()).toBe('Renamed in a test')

  await page.getByRole('button', { name: 'Reset demo data' }).click()
  await page.getByRole('button', { name: 'Yes, reset demo data' }).click()
  await expect(page.getByText('Demo data reset')).toBeVisible()
  expect(await nameOf()).toBe(before.name)
})
