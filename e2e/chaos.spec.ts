import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'

/*
 * Failure drills against the in-browser mock's chaos switch (Settings → "Chaos drill", or `?chaos=` at start-up). A
 * seed makes each drill's failures the same on every run, so these tests are deterministic, not a roll of the dice.
 * A hung request gives up after 1.5 s here instead of 15 s, so a time-out costs seconds.
 */

interface ApiInsight {
  id: number
  short_id: string
  name: string | null
  favorited: boolean
  tags: string[]
}

test.beforeEach(async ({ context }) => {
  await context.addInitScript(() => localStorage.setItem('insight-desk:request-timeout', '1500'))
})

/** A flag on `window` that only a full page load would clear: the drills prove recovery without one. */
async function markPage(page: Page): Promise<void> {
  await page.evaluate(() => Object.assign(window, { __sameDocument: true }))
}

async function expectSameDocument(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true)
}

async function fetchInsight(page: Page, id: number): Promise<ApiInsight> {
  return page.evaluate(
    (insightId) => fetch(`/api/projects/1/insights/${insightId}/`).then((r) => r.json() as Promise<ApiInsight>),
    id,
  )
}

async function firstInsight(page: Page): Promise<ApiInsight> {
  await page.goto('/project/1/insights')
  await expect(page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible()
  const list = await page.evaluate(() =>
    fetch('/api/projects/1/insights/?limit=1&insight=TRENDS').then((r) => r.json() as Promise<{ results: ApiInsight[] }>),
  )
  const insight = list.results[0]
  if (!insight) throw new Error('the mock has no insight')
  return insight
}

/** Client-side, through the sidebar: the page (and its cache) stays. */
async function openSettings(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Chaos drill' })).toBeVisible()
}

const drillStatus = (page: Page) =>
  page
    .getByRole('region', { name: 'Chaos drill' })
    .getByRole('status')
    .filter({ hasText: /^(On|Off)/ })

async function stopDrill(page: Page): Promise<void> {
  await openSettings(page)
  await page.getByRole('button', { name: 'Stop drill' }).click()
  await expect(drillStatus(page)).toHaveText('Off: every request is answered normally.')
}

/** What each tab of the detail page shows once its data is in. */
function tabLoaded(page: Page, tab: 'Activity' | 'Sharing' | 'Thresholds') {
  const main = page.getByRole('main')
  if (tab === 'Activity') return main.getByRole('region', { name: 'Activity' }).or(main.getByText('No activity yet'))
  if (tab === 'Sharing') return main.getByRole('heading', { name: 'Public link' })
  return main.getByRole('heading', { name: 'Thresholds' }).or(main.getByText('No thresholds on this insight'))
}

/**
 * Runs an edit that shows at once and reports only failure: the write's successful answer (after any retries) means
 * saved, the error toast means failed. Favorites are a PATCH; tag edits go out as `bulk_update_tags` (a POST).
 */
async function outcomeOf(
  page: Page,
  failureToast: string,
  act: () => Promise<void>,
  method: 'PATCH' | 'POST' = 'PATCH',
): Promise<'saved' | 'failed'> {
  const answered = page
    .waitForResponse((response) => response.request().method() === method && response.ok(), { timeout: 20_000 })
    .then(() => 'saved' as const)
  const refused = page
    .locator('[data-sonner-toast]')
    .filter({ hasText: failureToast })
    .waitFor({ timeout: 20_000 })
    .then(() => 'failed' as const)
  await act()
  const outcome = await Promise.race([answered, refused])
  void answered.catch(() => null)
  void refused.catch(() => null)
  return outcome
}

const failureText = /The server had a problem|Can't reach the server/
/** The server's or the client's own words for a failed request, as toasts quote them. */
const failureDetail = /Chaos drill: a simulated server error|Could not reach the server|No answer from the server/

test.describe('failure drills', () => {
  test('lists and details still load while 30% of requests fail', async ({ page, expectAccessible }) => {
    test.slow()
    await page.goto('/project/1/insights?chaos=0.3&chaos_seed=3')
    // The flag is read once and leaves the address, so the router and shared links never see it.
    await expect(page).toHaveURL(/\/project\/1\/insights$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible()
    await expect(page.getByText(/Chaos drill is on: 30% of requests fail/)).toBeVisible()
    const rows = page.getByRole('table').getByRole('row')
    await expect(rows.nth(1)).toBeVisible()
    await markPage(page)

    await rows.nth(1).getByRole('link').first().click()
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    const sections = page.getByRole('navigation', { name: 'Insight sections' })
    for (const tab of ['Activity', 'Sharing', 'Thresholds'] as const) {
      await sections.getByRole('link', { name: tab }).click()
      await expect(tabLoaded(page, tab)).toBeVisible({ timeout: 20_000 })
      await expect(page.getByRole('main').getByRole('alert').filter({ hasText: failureText })).toHaveCount(0)
    }

    await openSettings(page)
    const counts = await page
      .getByRole('region', { name: 'Chaos drill' })
      .getByText(/requests failed so far/)
      .innerText()
    const [, failed, requests] = /(\d+) of (\d+) requests failed/.exec(counts) ?? []
    // Proof the drill struck: requests failed, and retries hid every one of them from the pages above.
    expect(Number(failed)).toBeGreaterThan(2)
    expect(Number(requests)).toBeGreaterThan(Number(failed))
    await expectAccessible()
    await expectSameDocument(page)
    await stopDrill(page)
  })

  test('every edit under chaos either reaches the store or is rolled back with a message', async ({ page }) => {
    // Nine edits, each waiting for the previous one's toast to time out (so the next outcome is its own): 45 s on a
    // quiet 2-core machine, so twice that as its limit.
    test.setTimeout(120_000)
    const insight = await firstInsight(page)
    await page.goto(`/project/1/insights/${insight.short_id}`)
    const heading = page.getByRole('heading', { level: 1 })
    await expect(heading).toBeVisible()
    await markPage(page)

    await openSettings(page)
    await page.getByRole('textbox', { name: 'Failure rate (%)' }).fill('160')
    await page.getByRole('button', { name: 'Start drill' }).click()
    await expect(page.getByText('Enter a whole number from 0 to 100.')).toBeVisible()
    await expect(drillStatus(page)).toHaveText('Off: every request is answered normally.')
    await page.getByRole('textbox', { name: 'Failure rate (%)' }).fill('60')
    await page.getByRole('textbox', { name: 'Seed' }).fill('5')
    await page.getByRole('button', { name: 'Start drill' }).click()
    await expect(drillStatus(page)).toContainText('On: 60% of requests fail')
    await page.goBack()
    await expect(heading).toBeVisible()

    // What the user was told: the state the UI says the server holds after each edit.
    let saved = { name: insight.name, favorited: insight.favorited, tags: [...insight.tags] }
    const outcomes: string[] = []
    const toasts = page.locator('[data-sonner-toast]')

    for (let round = 1; round <= 3; round += 1) {
      const name = `Drill rename ${round}`
      await page.getByRole('button', { name: 'Edit name' }).click()
      await page.getByRole('textbox', { name: 'Name' }).fill(name)
      await page.keyboard.press('Enter')
      const nameError = page.getByRole('main').getByText(failureText)
      await expect(heading.or(nameError).first()).toBeVisible({ timeout: 20_000 })
      if (await heading.isVisible()) {
        await expect(heading).toHaveText(name)
        saved = { ...saved, name }
        outcomes.push('rename saved')
      } else {
        await expect(nameError).toContainText(failureDetail)
        await page.keyboard.press('Escape')
        await expect(heading).toHaveText(saved.name ?? /.+/)
        outcomes.push('rename failed')
      }

      // Tags show at once and the editor closes; the write's final answer, or the error toast, tells which way it went.
      const tag = `drill-${round}`
      await expect(toasts).toHaveCount(0, { timeout: 15_000 })
      await page.getByRole('button', { name: 'Edit tags' }).click()
      const tagField = page.getByRole('combobox', { name: 'Tags' })
      await tagField.fill(tag)
      await tagField.press('Enter')
      const tagOutcome = await outcomeOf(page, 'Could not save the tags', () => tagField.press('Enter'), 'POST')
      const shownTag = page.getByRole('main').getByRole('list', { name: 'Tags' }).getByText(tag, { exact: true })
      if (tagOutcome === 'saved') {
        await expect(shownTag).toBeVisible()
        saved = { ...saved, tags: [...saved.tags, tag] }
      } else {
        await expect(toasts.filter({ hasText: 'Could not save the tags' })).toContainText(failureDetail)
        await expect(shownTag).toHaveCount(0)
      }
      outcomes.push(`tag ${tagOutcome}`)

      // A favorite has no "saved" message either.
      await expect(toasts).toHaveCount(0, { timeout: 15_000 })
      const favorite = page.getByRole('button', { name: 'Favorite' })
      const wanted = !saved.favorited
      const outcome = await outcomeOf(page, 'Could not change the favorite', () => favorite.click())
      if (outcome === 'saved') {
        saved = { ...saved, favorited: wanted }
        await expect(favorite).toHaveAttribute('aria-pressed', String(wanted))
      } else {
        await expect(toasts.filter({ hasText: 'Could not change the favorite' })).toContainText(failureDetail)
        await expect(favorite).toHaveAttribute('aria-pressed', String(saved.favorited))
      }
      outcomes.push(`favorite ${outcome}`)
    }

    // The seed makes this run both succeed and fail; a drill where nothing failed would prove nothing.
    expect(
      outcomes.some((outcome) => outcome.endsWith('failed')),
      outcomes.join(', '),
    ).toBe(true)
    expect(
      outcomes.some((outcome) => outcome.endsWith('saved')),
      outcomes.join(', '),
    ).toBe(true)

    await stopDrill(page)
    const stored = await fetchInsight(page, insight.id)
    expect({ name: stored.name, favorited: stored.favorited, tags: [...stored.tags].sort() }).toEqual({
      ...saved,
      tags: [...saved.tags].sort(),
    })
    await page.goBack()
    await expect(heading).toHaveText(stored.name ?? /.+/)
    await expect(page.getByRole('button', { name: 'Favorite' })).toHaveAttribute('aria-pressed', String(stored.favorited))
    await expectSameDocument(page)
  })

  test('a lost connection shows in words, and the app recovers when it returns, without a reload', async ({ page }) => {
    test.slow()
    await page.goto('/project/1/insights?chaos=1&chaos_modes=drop')
    const alert = page.getByRole('main').getByRole('alert')
    // Retried with backoff first, then explained with a way to try again.
    await expect(alert).toContainText("Can't reach the server", { timeout: 20_000 })
    await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible()
    await markPage(page)
    await stopDrill(page)
    await page.getByRole('link', { name: 'Insights' }).first().click()
    await expect(page.getByRole('table').getByRole('row').nth(1)).toBeVisible()
    await expectSameDocument(page)
  })

  test('going offline pauses an edit, and coming back online sends it and refreshes the page, without a reload', async ({
    page,
    context,
  }) => {
    test.slow()
    const insight = await firstInsight(page)
    const history = await page.evaluate(
      (id) => fetch(`/api/projects/1/insights/${id}/activity/`).then((r) => r.json() as Promise<{ total_count: number }>),
      insight.id,
    )
    await page.goto(`/project/1/insights/${insight.short_id}`)
    const sections = page.getByRole('navigation', { name: 'Insight sections' })
    // Code for a page not yet visited cannot load offline; this drill is about data, so both tabs are visited first.
    await sections.getByRole('link', { name: 'Activity' }).click()
    await expect(tabLoaded(page, 'Activity')).toBeVisible()
    await sections.getByRole('link', { name: 'Overview' }).click()
    await markPage(page)

    await context.setOffline(true)
    expect(
      await page.evaluate(
        (id) =>
          fetch(`/api/projects/1/insights/${id}/`).then(
            () => 'answered',
            () => 'unreachable',
          ),
        insight.id,
      ),
    ).toBe('unreachable')
    const favorite = page.getByRole('button', { name: 'Favorite' })
    await favorite.click()
    // Shown at once, held until the network returns instead of failing.
    await expect(favorite).toHaveAttribute('aria-pressed', String(!insight.favorited))
    await expect(page.locator('[data-sonner-toast]').filter({ hasText: 'Could not change the favorite' })).toHaveCount(0)
    await sections.getByRole('link', { name: 'Activity' }).click()
    const entries = (count: number) => page.getByText(`${count} ${count === 1 ? 'entry' : 'entries'}`)
    if (history.total_count > 0) await expect(entries(history.total_count)).toBeVisible()

    await context.setOffline(false)
    // The held PATCH goes out, and the history it wrote appears on the open page.
    await expect(entries(history.total_count + 1)).toBeVisible()
    expect((await fetchInsight(page, insight.id)).favorited).toBe(!insight.favorited)
    await expectSameDocument(page)
  })
})
