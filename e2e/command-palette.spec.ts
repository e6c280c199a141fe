import type { Page } from '@playwright/test'
import { answerAsPostHog, fakeInsight, fulfillJson, pageOf } from './api-routes'
import { test, expect } from './fixtures'

/* Quick open (Ctrl/⌘K) against the in-browser mock, driven by the keyboard alone unless a test says otherwise. */

interface ApiInsight {
  short_id: string
  name: string | null
  derived_name: string | null
}

const displayName = (insight: ApiInsight) => insight.name?.trim() || insight.derived_name?.trim() || 'Untitled insight'

const palette = (page: Page) => page.getByRole('dialog', { name: 'Quick open' })
const searchInput = (page: Page) => palette(page).getByRole('textbox', { name: 'Search insights, pages and actions' })

async function openPalette(page: Page): Promise<void> {
  await page.keyboard.press('ControlOrMeta+k')
  await expect(searchInput(page)).toBeFocused()
}

test.describe('command palette', () => {
  test('Ctrl+K from inside a text field opens it; typing finds an insight on the server and Enter opens it', async ({
    page,
    expectAccessible,
  }) => {
    // Typing a whole name key by key, with an axe scan between: slower than 30 s when the machine is busy.
    test.slow()
    await page.goto('/project/1/insights')
    await expect(page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible()
    const { results } = await page.evaluate(() =>
      fetch('/api/projects/1/insights/?basic=true&order=-created_at&limit=50').then(
        (response) => response.json() as Promise<{ results: ApiInsight[] }>,
      ),
    )
    const insight = results.find((candidate) => (candidate.name?.trim().length ?? 0) > 12)
    if (!insight) throw new Error('the mock has no named insight')
    const name = displayName(insight)

    // The quick-open shortcut works while typing elsewhere, as in GitHub and Linear.
    await page.getByRole('searchbox', { name: 'Search insights' }).focus()
    await openPalette(page)
    // Before anything is typed: the insights viewed last, then pages and actions.
    await expect(palette(page).getByRole('group', { name: 'Recently viewed' })).toBeVisible()
    await expect(palette(page).getByRole('menuitem', { name: 'Settings', exact: true })).toBeVisible()
    await page.screenshot({ path: '/tmp/shots/home-palette-empty.png' })
    await expectAccessible()

    await page.keyboard.type(name)
    const results_ = palette(page).getByRole('group', { name: 'Insights' })
    await expect(results_.getByRole('menuitem').first()).toHaveAccessibleName(name)
    await page.screenshot({ path: '/tmp/shots/home-palette-results.png' })
    await expect(searchInput(page)).toHaveAttribute('aria-activedescendant', /.+/)
    await page.keyboard.press('Enter')
    await expect(palette(page)).toHaveCount(0)
    await expect(page).toHaveURL(new RegExp(`/project/1/insights/${insight.short_id}$`))
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
  })

  test('arrow keys move through what it offers and Enter opens it; pages open by name; Esc gives focus back', async ({
    page,
  }) => {
    await page.goto('/project/1')
    await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible()
    const lastViewed = await page.evaluate(() =>
      fetch('/api/projects/1/insights/my_last_viewed/').then((response) => response.json() as Promise<ApiInsight[]>),
    )
    const third = lastViewed[2]
    if (!third) throw new Error('the mock user viewed fewer than 3 insights')
    const insightsLink = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Insights' })
    await insightsLink.focus()

    await openPalette(page)
    await page.keyboard.press('Escape')
    await expect(palette(page)).toHaveCount(0)
    await expect(insightsLink).toBeFocused()

    await openPalette(page)
    const recent = palette(page).getByRole('group', { name: 'Recently viewed' }).getByRole('menuitem')
    await expect(recent).toHaveCount(lastViewed.length)
    for (const [index, insight] of lastViewed.entries())
      await expect(recent.nth(index)).toHaveAccessibleName(displayName(insight))
    await expect(recent.first()).toContainText(/viewed /)
    for (let step = 0; step < 3; step += 1) await page.keyboard.press('ArrowDown')
    await expect(recent.nth(2)).toHaveAttribute('data-focused', 'true')
    await expect(searchInput(page)).toHaveAttribute('aria-activedescendant', (await recent.nth(2).getAttribute('id')) ?? '')
    await page.keyboard.press('ArrowUp')
    await expect(recent.nth(1)).toHaveAttribute('data-focused', 'true')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(new RegExp(`/project/1/insights/${third.short_id}$`))

    await openPalette(page)
    await page.keyboard.type('ta')
    await expect(palette(page).getByRole('group', { name: 'Go to' }).getByRole('menuitem')).toHaveText(['Tags'])
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/\/project\/1\/tags$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Tags' })).toBeVisible()

    // The shortcut closes it again, and an input with no match says so.
    await openPalette(page)
    await page.keyboard.type('zzqqxx')
    await expect(palette(page).getByText('Nothing matches “zzqqxx”.')).toBeVisible()
    await page.keyboard.press('ControlOrMeta+k')
    await expect(palette(page)).toHaveCount(0)
  })

  test('"New insight" opens the list with its New insight dialog, from any page', async ({ page, expectAccessible }) => {
    await page.goto('/settings')
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
    await openPalette(page)
    await page.keyboard.type('new ins')
    await expect(palette(page).getByRole('group', { name: 'Actions' }).getByRole('menuitem')).toHaveText(['New insight'])
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog', { name: 'New insight' })
    await expect(dialog).toBeVisible()
    await expect(page).toHaveURL(/\/project\/1\/insights\?new=true$/)
    await expectAccessible()
    await page.keyboard.press('Escape')
    await expect(dialog).toHaveCount(0)
    await expect(page).toHaveURL(/\/project\/1\/insights$/)
  })

  test("the list's keyboard shortcuts dialog names the shortcut", async ({ page }) => {
    await page.goto('/project/1/insights')
    await expect(page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible()
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).click()
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
    await expect(dialog.getByText('Quick open: find an insight, a page or an action')).toBeVisible()
    await expect(dialog.getByText('Ctrl/⌘ K')).toBeVisible()
  })

  test('keys typed while its code is still loading are kept', async ({ page }) => {
    let release = () => {}
    const released = new Promise<void>((resolve) => {
      release = resolve
    })
    await page.context().route('**/assets/command-palette-*.js', async (route) => {
      await released
      await route.continue()
    })
    await page.goto('/project/1')
    await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible()
    await openPalette(page)
    await page.keyboard.type('sett')
    await expect(searchInput(page)).toHaveValue('sett')
    release()
    await expect(palette(page).getByRole('menuitem', { name: 'Settings', exact: true })).toBeVisible()
    await expect(searchInput(page)).toHaveValue('sett')
    await page.keyboard.type('ings')
    await expect(searchInput(page)).toHaveValue('settings')
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/\/settings$/)
  })

  test('against a PostHog API, a failed search is shown in place and Retry searches again', async ({ page }) => {
    const found = fakeInsight({
      name: 'Signup funnel',
      created_at: '2026-11-01T10:00:00Z',
      last_modified_at: '2026-11-02T10:00:00Z',
    })
    let failing = true
    await answerAsPostHog(page, (url, route) => {
      if (url.pathname.endsWith('/insights/my_last_viewed/')) return fulfillJson(route, [])
      if (url.pathname.endsWith('/insights/') && url.searchParams.get('search') === 'signup')
        return failing
          ? fulfillJson(
              route,
              { type: 'validation_error', code: 'invalid', detail: 'Search is not available right now.', attr: 'search' },
              400,
            )
          : fulfillJson(route, pageOf([found]))
      return null
    })
    await page.goto('/settings')
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
    await openPalette(page)
    await page.keyboard.type('signup')
    const alert = palette(page).getByRole('alert')
    await expect(alert).toContainText('Search is not available right now.')
    failing = false
    await alert.getByRole('button', { name: 'Retry' }).click()
    await expect(alert).toHaveCount(0)
    await expect(palette(page).getByRole('group', { name: 'Insights' }).getByRole('menuitem')).toHaveAccessibleName(
      'Signup funnel',
    )
  })

  test('the sidebar button opens it for pointer users, in dark too', async ({ page, expectAccessible }) => {
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.goto('/project/1')
    await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible()
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Search…' }).click()
    await expect(searchInput(page)).toBeFocused()
    await page.keyboard.type('funnel')
    const first = palette(page).getByRole('group', { name: 'Insights' }).getByRole('menuitem').first()
    await expect(first).toContainText(/funnel/i)
    await expect(palette(page).getByRole('status')).toHaveText(/^\d+ insights match$/)
    await expect(first).toHaveAttribute('data-focused', 'true')
    await expect(searchInput(page)).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id')) ?? '')
    await page.screenshot({ path: '/tmp/shots/home-palette-dark.png' })
    await expectAccessible()
  })
})
