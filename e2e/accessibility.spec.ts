import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { answerAsPostHog, fakeUser, fulfillJson, leaveUnanswered } from './api-routes'
import { test, expect } from './fixtures'

/*
 * Every page of the app, in the light and the dark theme, with no axe violation of any impact (the page specs check
 * serious and critical ones while they test their flows; this sweep holds every page to zero).
 */

interface Fixtures {
  trendsShortId: string
  thresholdId: string
  accessToken: string
}

/** Ids the pages below need, found through the API from the page once the app (and the in-browser mock) run. */
async function findFixtures(page: Page): Promise<Fixtures> {
  await page.goto('/settings')
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
  return page.evaluate(async () => {
    const get = async <T>(path: string) => (await (await fetch(path)).json()) as T
    const alerts = await get<{ results: { id: string; insight: { id: number; short_id: string } }[] }>(
      '/api/projects/1/alerts/?limit=1000',
    )
    const trends = await get<{ results: { id: number; short_id: string }[] }>(
      '/api/projects/1/insights/?insight=TRENDS&basic=true&limit=1000',
    )
    const trendIds = new Set(trends.results.map((insight) => insight.id))
    const alert = alerts.results.find((candidate) => trendIds.has(candidate.insight.id))
    if (!alert) throw new Error('the demo data has no trends insight with a threshold')
    const sharing = await fetch(`/api/projects/1/insights/${alert.insight.id}/sharing/`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ enabled: true }),
    })
    const { access_token } = (await sharing.json()) as { access_token: string }
    return { trendsShortId: alert.insight.short_id, thresholdId: alert.id, accessToken: access_token }
  })
}

const pages: readonly { name: string; path: string | ((ids: Fixtures) => string) }[] = [
  { name: 'Home', path: '/project/1' },
  // 25 rows rather than 50: every row has the same markup, and axe's time grows with the rows (20 s for 50 on a
  // busy machine).
  { name: 'Insights list', path: '/project/1/insights?pageSize=25' },
  { name: 'Insight overview', path: (ids) => `/project/1/insights/${ids.trendsShortId}` },
  { name: 'Insight activity', path: (ids) => `/project/1/insights/${ids.trendsShortId}/activity` },
  { name: 'Insight sharing', path: (ids) => `/project/1/insights/${ids.trendsShortId}/sharing` },
  { name: 'Insight thresholds', path: (ids) => `/project/1/insights/${ids.trendsShortId}/thresholds` },
  { name: 'Threshold', path: (ids) => `/project/1/insights/${ids.trendsShortId}/thresholds/${ids.thresholdId}` },
  { name: 'Project activity', path: '/project/1/activity' },
  { name: 'Tags', path: '/project/1/tags' },
  { name: 'Elements', path: '/project/1/elements' },
  { name: 'Settings', path: '/settings' },
  { name: 'Shared insight', path: (ids) => `/shared/${ids.accessToken}` },
  { name: 'Insight not found', path: '/project/1/insights/abcd1234' },
  { name: 'Not found', path: '/no/such/page' },
]

/** Waits until the page shows its content: a level-1 heading, nothing loading or busy. */
async function settle(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible()
  await expect(page.locator('[aria-label="Loading"], [aria-busy="true"]')).toHaveCount(0)
}

/** Every axe violation on the page, or only within `scope` (CSS selectors): axe's time grows with what it checks. */
async function violations(page: Page, scope?: string[]): Promise<string[]> {
  // Legacy mode, as in fixtures.ts: axe in the page itself, without a second page to merge results.
  const axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).setLegacyMode()
  for (const selector of scope ?? []) axe.include(selector)
  const results = await axe.analyze()
  return results.violations.map(
    (v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
  )
}

// One test per page and theme (28 short tests rather than two sweeps of 14 pages each): on a busy 2-core machine a
// sweep took two minutes, and a failure now names its page. Pages that need ids ask the mock for them first.
for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`the ${colorScheme} theme`, () => {
    for (const entry of pages) {
      test(`${entry.name} has no axe violation`, async ({ page }) => {
        await page.emulateMedia({ colorScheme })
        await page.goto(typeof entry.path === 'string' ? entry.path : entry.path(await findFixtures(page)))
        await settle(page)
        await expect(page.locator('html')).toHaveClass(colorScheme === 'dark' ? /\bdark\b/ : /^(?!.*\bdark\b)/)
        expect(await violations(page)).toEqual([])
      })
    }
  })
}

/** A list row as PostHog's basic serializer sends it, varied enough to show every kind of cell (unnamed, no tags …). */
function apiRow(id: number) {
  return {
    id,
    short_id: `row${String(id).padStart(5, '0')}`,
    name: id % 4 === 0 ? null : `Weekly signups by channel ${id}`,
    derived_name: id % 4 === 0 ? `Pageview count ${id}` : null,
    query: null,
    filters: { insight: ['TRENDS', 'FUNNELS', 'RETENTION'][id % 3] },
    dashboards: [],
    description: id % 2 === 0 ? 'Reviewed in the weekly sync.' : null,
    tags: id % 3 === 0 ? [] : ['growth', 'kpi', 'exec'].slice(0, id % 3),
    favorited: id % 5 === 0,
    saved: true,
    created_at: '2025-01-01T00:00:00Z',
    created_by: fakeUser,
    last_modified_at: '2025-01-02T00:00:00Z',
    last_refresh: null,
    last_viewed_at: id % 2 === 0 ? null : '2025-01-03T00:00:00Z',
  }
}

/*
 * The states a row and the list go through — selected, hovered, focused, dimmed while the next page loads — and the
 * editors and dialogs opened from it, in both themes. Each test checks only the part it is about (the table or the
 * dialog), which keeps it to a few seconds.
 */
for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`list states in the ${colorScheme} theme`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme })
    })

    async function openList(page: Page): Promise<void> {
      await page.goto('/project/1/insights?pageSize=25')
      await expect(page.locator('[data-insight-row]')).toHaveCount(25)
      await expect(page.locator('html')).toHaveClass(colorScheme === 'dark' ? /\bdark\b/ : /^(?!.*\bdark\b)/)
    }

    test('selected, hovered and focused rows have no axe violation', async ({ page }) => {
      await openList(page)
      const rows = page.locator('[data-insight-row]')
      for (const index of [0, 1, 2]) await rows.nth(index).getByRole('checkbox').check()
      await expect(rows.nth(0)).toHaveAttribute('data-selected', 'true')
      // The rows in those states and the header: axe on all 25 rows took over 20 s on a busy machine.
      const scope = ['thead', ...[0, 1, 2, 3, 4].map((index) => `[data-insight-row="${index}"]`)]
      // Selected and hovered, selected and focused; then hovered and focused without selection.
      await rows.nth(1).hover()
      await rows.nth(2).locator('[data-row-link]').focus()
      expect(await violations(page, scope)).toEqual([])
      await rows.nth(4).locator('[data-row-link]').focus()
      await rows.nth(3).hover()
      expect(await violations(page, scope)).toEqual([])
    })

    test('rows dimmed while the next page loads have no axe violation', async ({ page }) => {
      await answerAsPostHog(page, (url, route) => {
        if (url.pathname !== '/api/projects/1/insights/') return null
        // The second page never answers while the test runs: the first stays on screen, dimmed.
        if (Number(url.searchParams.get('offset') ?? 0) > 0) return leaveUnanswered
        const results = Array.from({ length: 25 }, (_, index) => apiRow(index + 1))
        return fulfillJson(route, { count: 50, next: null, previous: null, results })
      })
      await openList(page)
      const rows = page.locator('[data-insight-row]')
      for (const index of [0, 1]) await rows.nth(index).getByRole('checkbox').check()
      await page.getByRole('link', { name: 'Next page' }).click()
      await expect(page.locator('[aria-busy="true"][data-dimmed]')).toBeVisible()
      await rows.nth(0).hover()
      // Unnamed, untagged, never viewed, selected and not: the first four rows hold every kind of cell.
      expect(
        await violations(
          page,
          [0, 1, 2, 3].map((index) => `[data-insight-row="${index}"]`),
        ),
      ).toEqual([])
    })

    test('the inline tag editor has no axe violation', async ({ page }) => {
      await openList(page)
      const row = page.locator('[data-insight-row]').first()
      await row.hover()
      await row.getByRole('button', { name: /^Edit tags of / }).click()
      await expect(page.getByRole('dialog', { name: /^Edit tags of / })).toBeVisible()
      await expect(page.getByRole('combobox', { name: 'Tags' })).toBeFocused()
      expect(await violations(page, ['[role="dialog"]', '[data-insight-row="0"]'])).toEqual([])
    })

    test('the bulk tag dialog has no axe violation', async ({ page }) => {
      await openList(page)
      const rows = page.locator('[data-insight-row]')
      for (const index of [0, 1]) await rows.nth(index).getByRole('checkbox').check()
      await page.getByRole('button', { name: 'Edit tags…' }).click()
      const dialog = page.getByRole('dialog', { name: 'Edit tags of 2 insights' })
      await expect(dialog).toBeVisible()
      expect(await violations(page, ['[role="dialog"]'])).toEqual([])
    })

    test('the keyboard shortcuts dialog has no axe violation', async ({ page }) => {
      await openList(page)
      await page.keyboard.press('?')
      await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible()
      expect(await violations(page, ['[role="dialog"]'])).toEqual([])
    })

    test('the open name and description editors have no axe violation', async ({ page }) => {
      await openList(page)
      await page.locator('[data-insight-row="0"] [data-row-link]').click()
      await page.getByRole('button', { name: 'Edit name' }).click()
      await expect(page.getByRole('textbox', { name: 'Name' })).toBeFocused()
      expect(await violations(page, ['main form'])).toEqual([])
      await page.keyboard.press('Escape')
      await page.getByRole('button', { name: 'Edit description' }).click()
      await expect(page.getByRole('textbox', { name: 'Description' })).toBeFocused()
      expect(await violations(page, ['main form'])).toEqual([])
    })

    test('the New insight dialog has no axe violation', async ({ page }) => {
      await openList(page)
      await page.getByRole('button', { name: 'New insight' }).click()
      await expect(page.getByRole('dialog', { name: 'New insight' })).toBeVisible()
      expect(await violations(page, ['[role="dialog"]'])).toEqual([])
    })
  })
}

/**
 * Whether the focused element shows where focus is: an outline or a ring on it, on the control around it (a field
 * ringed with focus-within), or, for react-aria's visually hidden native inputs, on the wrapper marked
 * `data-focus-visible`.
 */
async function expectVisibleFocus(page: Page): Promise<void> {
  const visible = await page.evaluate(() => {
    const active = document.activeElement
    if (!(active instanceof HTMLElement) || active === document.body) return 'nothing is focused'
    const shows = (element: Element) => {
      const style = getComputedStyle(element)
      return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none'
    }
    // A field may draw its ring around the whole control (focus-within) rather than on the input itself.
    const candidates: Element[] = []
    for (let element: Element | null = active; element && candidates.length < 4; element = element.parentElement) {
      candidates.push(element)
    }
    const marked = active.closest('[data-focus-visible]')
    if (marked) candidates.push(marked)
    return candidates.some(shows) ? null : `no visible focus on ${active.outerHTML.slice(0, 120)}`
  })
  expect(visible).toBeNull()
}

/** Presses Tab until `target` has focus, checking at every stop that focus can be seen. */
async function tabTo(page: Page, target: ReturnType<Page['getByRole']>, maxStops = 80): Promise<void> {
  for (let stop = 0; stop < maxStops; stop++) {
    await page.keyboard.press('Tab')
    await expectVisibleFocus(page)
    if (await target.evaluate((element) => element === document.activeElement)) return
  }
  throw new Error(`Tab never reached ${target.toString()}`)
}

test('keyboard only: find an insight, rename it, tag it and add a sharing password, with focus always visible', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await page.goto('/project/1/insights')
  await expect(page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible()
  const name = await page.evaluate(async () => {
    const list = (await (await fetch('/api/projects/1/insights/?basic=true&limit=200')).json()) as {
      results: { name: string | null }[]
    }
    const names = list.results.map((insight) => insight.name ?? '')
    const unique = names.find((candidate) => candidate && names.filter((other) => other.includes(candidate)).length === 1)
    if (!unique) throw new Error('no uniquely named insight')
    return unique
  })

  await page.keyboard.press('/')
  await expect(page.getByRole('searchbox', { name: 'Search insights' })).toBeFocused()
  await page.keyboard.type(name)
  const link = page.getByRole('link', { name, exact: true })
  await expect(link).toBeVisible()
  await tabTo(page, link)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()

  await tabTo(page, page.getByRole('button', { name: 'Edit name' }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('textbox', { name: 'Name' })).toBeFocused()
  await expectVisibleFocus(page)
  await page.keyboard.press('ControlOrMeta+a')
  await page.keyboard.type(`${name} (keyboard)`)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: `${name} (keyboard)` })).toBeVisible()

  await tabTo(page, page.getByRole('button', { name: 'Edit tags' }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('combobox', { name: 'Tags' })).toBeFocused()
  await expectVisibleFocus(page)
  await page.keyboard.type('keyboard-walk')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('list', { name: 'Tags' }).getByText('keyboard-walk')).toBeVisible()

  await tabTo(page, page.getByRole('link', { name: 'Sharing' }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 2, name: 'Public link' })).toBeVisible()
  for (const name of ['Share publicly', 'Require a password']) {
    const control = page.getByRole('switch', { name })
    if (await control.isChecked()) continue
    await tabTo(page, control)
    await page.keyboard.press('Space')
    await expect(control).toBeChecked()
    await expect(control).not.toHaveAttribute('aria-readonly', 'true')
  }
  await tabTo(page, page.getByRole('button', { name: 'Add password' }))
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Add a password' })
  await expect(dialog).toBeVisible()
  await tabTo(page, dialog.getByRole('button', { name: 'Create password' }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('button', { name: 'Copy password' })).toBeFocused()
  await expectVisibleFocus(page)
  await tabTo(page, page.getByRole('button', { name: 'Done' }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('button', { name: 'Add password' })).toBeFocused()
  await expect(page.getByRole('list', { name: 'Active passwords' }).getByRole('listitem')).not.toHaveCount(0)
})
