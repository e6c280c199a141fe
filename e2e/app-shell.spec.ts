import { test, expect } from './fixtures'

test.describe('app shell', () => {
  test('/ opens the home of the current project, with project and connection in the header', async ({
    page,
    expectAccessible,
  }) => {
    await page.goto('/')
    await expect(page).toHaveURL(/\/project\/1$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible()
    const header = page.getByRole('banner')
    await expect(header.getByText('Hogflix Web')).toBeVisible()
    await expect(header.getByRole('link', { name: /Connection: Mock/ })).toBeVisible()
    await expect(page).toHaveTitle('Home · Insight Desk')
    await expectAccessible()
  })

  test('the sidebar navigates by keyboard alone', async ({ page }) => {
    await page.goto('/project/1/insights')
    const nav = page.getByRole('navigation', { name: 'Main' })
    await expect(nav.getByRole('link', { name: 'Insights' })).toHaveAttribute('aria-current', 'page')
    await nav.getByRole('link', { name: 'Insights' }).focus()
    await page.keyboard.press('Tab')
    await expect(nav.getByRole('link', { name: 'Activity' })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/\/project\/1\/activity$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Activity' })).toBeVisible()
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1, name: 'Tags' })).toBeVisible()
    await page.goBack()
    await expect(page.getByRole('heading', { level: 1, name: 'Activity' })).toBeVisible()
  })

  test('below 768px the sidebar folds into a menu', async ({ page, expectAccessible }) => {
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto('/project/1/insights')
    const nav = page.getByRole('navigation', { name: 'Main' })
    await expect(nav).toBeHidden()
    const menuButton = page.getByRole('button', { name: 'Open navigation menu' })
    await menuButton.click()
    await expect(nav).toBeVisible()
    await expect(page.getByRole('button', { name: 'Close navigation menu' })).toHaveAttribute('aria-expanded', 'true')
    await expectAccessible()
    await nav.getByRole('link', { name: 'Tags' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Tags' })).toBeVisible()
    await expect(nav).toBeHidden()
  })

  test('the detail route has its tabs as links', async ({ page }) => {
    await page.goto('/project/1/insights')
    await expect(page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible()
    const shortId = await page.evaluate(async () => {
      const list = (await (await fetch('/api/projects/1/insights/?limit=1&basic=true')).json()) as {
        results: { short_id: string }[]
      }
      return list.results[0]!.short_id
    })
    await page.goto(`/project/1/insights/${shortId}/sharing`)
    const tabs = page.getByRole('navigation', { name: 'Insight sections' })
    await expect(tabs.getByRole('link', { name: 'Sharing' })).toHaveAttribute('aria-current', 'page')
    await tabs.getByRole('link', { name: 'Thresholds' }).click()
    await expect(page).toHaveURL(new RegExp(`/insights/${shortId}/thresholds$`))
    await expect(tabs.getByRole('link', { name: 'Thresholds' })).toHaveAttribute('aria-current', 'page')
  })

  test('unknown addresses show the not-found page with a way back', async ({ page }) => {
    for (const path of ['/no/such/page', '/project/abc/insights', '/project/999/insights']) {
      await page.goto(path)
      await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
    }
    await page.getByRole('link', { name: 'Go to home' }).click()
    await expect(page).toHaveURL(/\/project\/1$/)
  })

  test('the theme follows the system until chosen, and the choice survives a reload', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' })
    await page.goto('/project/1/insights')
    const html = page.locator('html')
    await expect(html).not.toHaveClass(/dark/)
    await page.getByRole('button', { name: /^Theme: System/ }).click()
    await page.getByRole('button', { name: /^Theme: Light/ }).click()
    await expect(html).toHaveClass(/dark/)
    await page.reload()
    await expect(page.getByRole('button', { name: /^Theme: Dark/ })).toBeVisible()
    await expect(html).toHaveClass(/dark/)
  })
})
