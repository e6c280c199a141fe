import type { Page } from '@playwright/test'
import { startMockServerProcess, type MockServerProcess } from '../mocks/server-process'
import { test, expect } from './fixtures'
import { useApiConnection } from './api-routes'

/*
 * Inline tag editing on the insight detail header and in list rows, against the in-browser mock. Every change is
 * checked through the API as well as on screen, and again after a reload.
 */

interface ApiInsight {
  id: number
  short_id: string
  name: string | null
  derived_name: string | null
  tags: string[]
}

const displayName = (insight: ApiInsight) => insight.name?.trim() || insight.derived_name?.trim() || 'Untitled insight'

async function openList(page: Page): Promise<void> {
  await page.goto('/project/1/insights')
  await expect(page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible()
}

/** The insights in the list's default order, as the mock answers (the app must be running for its worker). */
async function firstInsights(page: Page, limit: number): Promise<ApiInsight[]> {
  const list = await page.evaluate(
    (count) =>
      fetch(`/api/projects/1/insights/?basic=true&limit=${count}&order=-last_modified_at`).then(
        (response) => response.json() as Promise<{ results: ApiInsight[] }>,
      ),
    limit,
  )
  return list.results
}

async function tagsOf(page: Page, id: number): Promise<string[]> {
  return page.evaluate(
    (insightId) =>
      fetch(`/api/projects/1/insights/${insightId}/`).then(async (response) => ((await response.json()) as ApiInsight).tags),
    id,
  )
}

/** Gives the list's first insight exactly `tags` through the API, with the list open. */
async function tagFirstInsight(page: Page, tags: string[]): Promise<ApiInsight> {
  await openList(page)
  const [insight] = await firstInsights(page, 1)
  if (!insight) throw new Error('the mock has no insights')
  await page.evaluate(
    ({ id, tags }) =>
      fetch(`/api/projects/1/insights/${id}/`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ tags }),
      }),
    { id: insight.id, tags },
  )
  return insight
}

/** Opens the detail page of the list's first insight, after giving it `tags` through the API. */
async function openDetailTagged(page: Page, tags: string[]): Promise<ApiInsight> {
  const insight = await tagFirstInsight(page, tags)
  await page.goto(`/project/1/insights/${insight.short_id}`)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  return insight
}

// Three tests rather than one: together they took most of a 30 s timeout on a busy 2-core machine.
test.describe('detail header', () => {
  test('adds tags in place; they persist after a reload', async ({ page, expectAccessible }) => {
    const insight = await openDetailTagged(page, [])

    await page.getByRole('button', { name: 'Edit tags' }).click()
    const input = page.getByRole('combobox', { name: 'Tags' })
    await expect(input).toBeFocused()
    await input.pressSequentially('Launch Review')
    await input.press('Enter')
    await input.pressSequentially('q4,')
    const draft = page.getByRole('grid', { name: 'Tags' })
    await expect(draft.getByRole('row', { name: 'launch review' })).toBeVisible()
    await expect(draft.getByRole('row', { name: 'q4', exact: true })).toBeVisible()
    await expectAccessible()
    // Enter on the empty input saves.
    await input.press('Enter')

    const shown = page.getByRole('list', { name: 'Tags' })
    await expect(shown.getByText('launch review', { exact: true })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Edit tags' })).toBeFocused()
    await expect.poll(() => tagsOf(page, insight.id)).toEqual(expect.arrayContaining(['launch review', 'q4']))

    await page.reload()
    await expect(shown.getByText('launch review', { exact: true })).toBeVisible()
    await expect(shown.getByText('q4', { exact: true })).toBeVisible()
  })

  test('removes a tag in place; it stays removed after a reload', async ({ page }) => {
    const insight = await openDetailTagged(page, ['launch review', 'q4'])
    const shown = page.getByRole('list', { name: 'Tags' })

    await page.getByRole('button', { name: 'Edit tags' }).click()
    await page.getByRole('button', { name: 'Remove tag launch review' }).click()
    await page.getByRole('button', { name: 'Save', exact: true }).click()
    await expect(shown.getByText('launch review', { exact: true })).toHaveCount(0)
    await expect.poll(() => tagsOf(page, insight.id)).toEqual(['q4'])

    await page.reload()
    await expect(shown.getByText('q4', { exact: true })).toBeVisible()
    await expect(shown.getByText('launch review', { exact: true })).toHaveCount(0)
  })

  test('Esc leaves the saved tags as they were, whatever the draft held', async ({ page }) => {
    const insight = await openDetailTagged(page, ['q4'])
    const shown = page.getByRole('list', { name: 'Tags' })
    const input = page.getByRole('combobox', { name: 'Tags' })

    await page.getByRole('button', { name: 'Edit tags' }).click()
    await input.pressSequentially('not kept')
    await input.press('Enter')
    await page.getByRole('button', { name: 'Remove tag q4' }).click()
    await input.press('Escape')
    await expect(input).toHaveCount(0)
    await expect(shown.getByText('q4', { exact: true })).toBeVisible()
    await expect(page.getByText('not kept')).toHaveCount(0)

    await page.reload()
    await expect(shown.getByText('q4', { exact: true })).toBeVisible()
    expect(await tagsOf(page, insight.id)).toEqual(['q4'])
  })
})

test.describe('against the HTTP mock server', () => {
  /*
   * The in-browser mock answers inside the page's service worker, where no network route can reach; over HTTP the
   * requests cross the network, so one save can be made to fail.
   */
  let server: MockServerProcess | null = null
  const KEY = 'phx_demo_full'
  test.beforeAll(async () => {
    server = await startMockServerProcess(30)
  })
  test.afterAll(() => server?.stop())

  test('a refused save rolls the tags back and offers Retry in a toast', async ({ page, request }) => {
    test.slow()
    const host = server!.url
    await useApiConnection(page, KEY, host)
    const headers = { Authorization: `Bearer ${KEY}` }
    const list = (await (await request.get(`${host}/api/projects/1/insights/?basic=true&limit=1`, { headers })).json()) as {
      results: ApiInsight[]
    }
    const insight = list.results[0]
    if (!insight) throw new Error('the mock server has no insights')
    const savedTags = async () =>
      ((await (await request.get(`${host}/api/projects/1/insights/${insight.id}/`, { headers })).json()) as ApiInsight).tags

    let refuse = true
    let answer = () => {}
    const optimisticTagsSeen = new Promise<void>((resolve) => (answer = resolve))
    await page.context().route(
      // An inline edit saves as `bulk_update_tags` add/remove, never as a PATCH of the whole list.
      (url) => url.pathname.endsWith('/insights/bulk_update_tags/'),
      async (route) => {
        if (route.request().method() !== 'POST' || !refuse) return route.fallback()
        // Held until the optimistic tags have been seen, then refused, which rolls them back.
        await optimisticTagsSeen
        await route.fulfill({
          status: 500,
          headers: { 'access-control-allow-origin': '*' },
          json: { type: 'server_error', code: 'error', detail: 'Database is down.', attr: null },
        })
      },
    )

    await page.goto(`/project/1/insights/${insight.short_id}`)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await page.getByRole('button', { name: 'Edit tags' }).click()
    const input = page.getByRole('combobox', { name: 'Tags' })
    await input.pressSequentially('doomed')
    await input.press('Enter')
    await input.press('Enter')
    await expect(page.getByRole('list', { name: 'Tags' }).getByText('doomed', { exact: true })).toBeVisible()
    answer()
    await expect(page.getByText(/Could not save the tags of .*Database is down\./)).toBeVisible()
    await expect(page.getByText('doomed', { exact: true })).toHaveCount(0)
    expect(await savedTags()).not.toContain('doomed')

    refuse = false
    await page.getByRole('button', { name: 'Retry' }).click()
    await expect(page.getByRole('list', { name: 'Tags' }).getByText('doomed', { exact: true })).toBeVisible()
    await expect.poll(savedTags).toContain('doomed')
  })
})

test.describe('list rows', () => {
  // Two tests rather than one: together they took most of a 30 s timeout on a busy 2-core machine.
  test('t on the focused row edits its tags; an added tag persists', async ({ page, expectAccessible }) => {
    await openList(page)
    const [first] = await firstInsights(page, 1)
    if (!first) throw new Error('the mock has no insights')
    const name = displayName(first)

    await page.keyboard.press('j')
    await expect(page.locator('[data-insight-row="0"] [data-row-link]')).toBeFocused()
    await page.keyboard.press('t')
    const popover = page.getByRole('dialog', { name: `Edit tags of ${name}` })
    await expect(popover).toBeVisible()
    const input = popover.getByRole('combobox', { name: `Tags of ${name}` })
    await expect(input).toBeFocused()
    await input.pressSequentially('From List')
    await input.press('Enter')
    await expectAccessible()
    await input.press('Enter')
    await expect(popover).toHaveCount(0)

    const row = page.locator('[data-insight-row]').filter({ has: page.getByRole('link', { name, exact: true }) })
    await expect(row.getByRole('list', { name: 'Tags' }).getByText('from list', { exact: true })).toBeVisible()
    await expect.poll(() => tagsOf(page, first.id)).toContain('from list')

    await page.reload()
    await expect(row.getByRole('list', { name: 'Tags' }).getByText('from list', { exact: true })).toBeVisible()
  })

  test('a click on the tags cell edits them too; a removed tag stays removed', async ({ page }) => {
    const first = await tagFirstInsight(page, ['from list', 'q4'])
    const name = displayName(first)
    await page.reload()
    const row = page.locator('[data-insight-row]').filter({ has: page.getByRole('link', { name, exact: true }) })
    const rowTags = row.getByRole('list', { name: 'Tags' })
    await expect(rowTags.getByText('from list', { exact: true })).toBeVisible()

    await rowTags.click()
    const popover = page.getByRole('dialog', { name: `Edit tags of ${name}` })
    await expect(popover).toBeVisible()
    await popover.getByRole('button', { name: 'Remove tag from list' }).click()
    await popover.getByRole('button', { name: 'Save', exact: true }).click()
    await expect(popover).toHaveCount(0)
    await expect(row.getByText('from list', { exact: true })).toHaveCount(0)
    await expect.poll(() => tagsOf(page, first.id)).toEqual(['q4'])

    await page.reload()
    await expect(row.getByRole('link', { name, exact: true })).toBeVisible()
    await expect(row.getByText('from list', { exact: true })).toHaveCount(0)
  })

  test('Esc in a row editor cancels and gives focus back to the row; `t` is in the shortcuts list', async ({ page }) => {
    await openList(page)
    const [first] = await firstInsights(page, 1)
    if (!first) throw new Error('the mock has no insights')
    const name = displayName(first)

    await page.keyboard.press('j')
    await page.keyboard.press('t')
    const popover = page.getByRole('dialog', { name: `Edit tags of ${name}` })
    const input = popover.getByRole('combobox', { name: `Tags of ${name}` })
    await input.pressSequentially('discarded')
    await input.press('Enter')
    await input.press('Escape')
    await expect(popover).toHaveCount(0)
    await expect(page.locator('[data-insight-row="0"] [data-row-link]')).toBeFocused()
    await expect(page.getByText('discarded', { exact: true })).toHaveCount(0)
    expect(await tagsOf(page, first.id)).toEqual(first.tags)

    await page.keyboard.press('?')
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
    await expect(help.getByText('Edit the tags of the insight')).toBeVisible()
  })
})
