import type { Locator, Page } from '@playwright/test'
import { startMockServerProcess, type MockServerProcess } from '../mocks/server-process'
import { chooseRadio, expect, test } from './fixtures'
import { useApiConnection } from './api-routes'

interface Row {
  id: number
  name: string | null
  derived_name: string | null
  tags: string[]
}

/** The mock's own answer, fetched from the page once the app (and so the mock's worker) is running. */
async function listRows(page: Page, query: string): Promise<Row[]> {
  return page.evaluate(
    async (q) => ((await (await fetch(`/api/projects/1/insights/?basic=true&${q}`)).json()) as { results: Row[] }).results,
    query,
  )
}

async function tagsById(page: Page, ids: readonly number[]): Promise<Map<number, string[]>> {
  const rows = await listRows(page, 'limit=1000&order=id')
  return new Map(rows.filter((row) => ids.includes(row.id)).map((row) => [row.id, [...row.tags].sort()]))
}

async function bulkUpdate(page: Page, body: { ids: number[]; action: string; tags: string[] }): Promise<void> {
  await page.evaluate(async (b) => {
    const response = await fetch('/api/projects/1/insights/bulk_update_tags/', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(b),
    })
    if (!response.ok) throw new Error(`bulk_update_tags answered ${response.status}`)
  }, body)
}

const displayName = (row: Row) => row.name ?? row.derived_name ?? 'Untitled insight'

async function openList(page: Page, search = ''): Promise<void> {
  await page.goto(`/project/1/insights${search}`)
  await expect(page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible()
}

async function openEditor(page: Page, count: number): Promise<Locator> {
  await page.getByRole('region', { name: 'Bulk actions' }).getByRole('button', { name: 'Edit tags…' }).click()
  const dialog = page.getByRole('dialog', { name: `Edit tags of ${count} insights` })
  await expect(dialog).toBeVisible()
  return dialog
}

async function addToEditor(dialog: Locator, label: string, tag: string): Promise<void> {
  const input = dialog.getByRole('combobox', { name: label })
  await input.fill(tag)
  await input.press('Enter')
  await expect(dialog.getByRole('row', { name: tag })).toBeVisible()
}

const toast = (page: Page, text: string) => page.locator('[data-sonner-toast]').filter({ hasText: text })

test('add, replace (with undo) and remove tags on 30 selected insights, checked through the API', async ({
  page,
  expectAccessible,
}) => {
  test.slow()
  await openList(page)
  const top = await listRows(page, 'limit=30&order=-last_modified_at')
  const ids = top.map((row) => row.id)
  // Three of them already carry the tag, so the preview has both halves to count.
  await bulkUpdate(page, { ids: ids.slice(0, 3), action: 'add', tags: ['e2e-q4'] })
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible()
  const rows = await listRows(page, 'limit=30&order=-last_modified_at')
  expect(rows.map((row) => row.id).sort()).toEqual([...ids].sort())
  const original = await tagsById(page, ids)

  await page.getByRole('checkbox', { name: `Select ${displayName(rows[0]!)}` }).click()
  await page.getByRole('checkbox', { name: `Select ${displayName(rows[29]!)}` }).click({ modifiers: ['Shift'] })
  await expect(page.getByText('30 selected')).toBeVisible()

  // Add: the selection's tags are counted, and the preview says who gets the tag and who has it already.
  let dialog = await openEditor(page, 30)
  await expect(dialog.getByRole('button', { name: 'e2e-q4: on 3 of 30' })).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Apply' })).toBeDisabled()
  await addToEditor(dialog, 'Tags to add', 'e2e-q4')
  await expect(dialog.getByRole('listitem').filter({ hasText: 'will get' })).toHaveText(
    '27 insights will get e2e-q4; 3 already have it.',
  )
  await expectAccessible()
  await dialog.getByRole('button', { name: 'Apply' }).click()
  await expect(toast(page, 'Updated tags on 27 insights')).toBeVisible()
  await expect(dialog).toBeHidden()
  for (const [id, tags] of await tagsById(page, ids)) expect(tags, `insight ${id}`).toContain('e2e-q4')

  // Replace, then Undo from the toast: every insight gets exactly its previous tags back.
  const beforeReplace = await tagsById(page, ids)
  dialog = await openEditor(page, 30)
  await expect(dialog.getByRole('button', { name: 'e2e-q4: on 30 of 30' })).toBeVisible()
  await chooseRadio(page, 'Replace')
  await addToEditor(dialog, 'New tags', 'e2e-a')
  await addToEditor(dialog, 'New tags', 'e2e-b')
  await expect(dialog.getByText('30 insights will change.')).toBeVisible()
  await expect(dialog.getByRole('listitem').filter({ hasText: 'will lose' }).filter({ hasText: 'e2e-q4' })).toHaveText(
    '30 insights will lose e2e-q4.',
  )
  await dialog.getByRole('button', { name: 'Apply' }).click()
  const replaced = toast(page, 'Updated tags on 30 insights')
  await expect(replaced).toBeVisible()
  for (const [id, tags] of await tagsById(page, ids)) expect(tags, `insight ${id}`).toEqual(['e2e-a', 'e2e-b'])
  await replaced.getByRole('button', { name: 'Undo' }).click()
  // One set request per distinct previous tag set: on a busy machine that takes a while.
  await expect(toast(page, 'Restored the tags of 30 insights')).toBeVisible({ timeout: 30_000 })
  expect(await tagsById(page, ids)).toEqual(beforeReplace)

  // Remove: a tag is picked from the selection's own tags.
  dialog = await openEditor(page, 30)
  await chooseRadio(page, 'Remove')
  await dialog.getByRole('button', { name: 'e2e-q4: on 30 of 30' }).click()
  await expect(dialog.getByRole('row', { name: 'e2e-q4' })).toBeVisible()
  await expect(dialog.getByRole('listitem').filter({ hasText: 'will lose' })).toHaveText('30 insights will lose e2e-q4.')
  await dialog.getByRole('button', { name: 'Apply' }).click()
  await expect(toast(page, 'Updated tags on 30 insights').last()).toBeVisible()
  await expect(dialog).toBeHidden()
  const after = await tagsById(page, ids)
  for (const id of ids) expect(after.get(id), `insight ${id}`).toEqual(original.get(id)?.filter((tag) => tag !== 'e2e-q4'))
})

test.describe('against the HTTP mock server', () => {
  /*
   * The in-browser mock answers inside the page's service worker, where no network route can reach; over HTTP the
   * requests cross the network, so one batch of `bulk_update_tags` can be made to fail while the others go through.
   */
  let server: MockServerProcess | null = null
  const KEY = 'phx_demo_full'

  test.beforeAll(async () => {
    server = await startMockServerProcess(300)
  })
  test.afterAll(() => server?.stop())

  test('bulk and single tag edits behave alike: neither moves "Last modified", and Undo puts every row back at once (issue #19 item 6)', async ({
    page,
    request,
  }) => {
    test.slow()
    const host = server!.url
    const headers = { Authorization: `Bearer ${KEY}` }
    await useApiConnection(page, KEY, host)
    type Dated = Row & { last_modified_at: string }
    const top = async (): Promise<Dated[]> => {
      const response = await request.get(`${host}/api/projects/1/insights/?basic=true&limit=4&order=-last_modified_at`, {
        headers,
      })
      return ((await response.json()) as { results: Dated[] }).results
    }
    const setTags = async (ids: number[], tags: string[]) => {
      const response = await request.post(`${host}/api/projects/1/insights/bulk_update_tags/`, {
        headers,
        data: { ids, action: 'set', tags },
      })
      expect(response.ok()).toBe(true)
    }
    const rows = await top()
    const [single, ...bulk] = rows
    if (!single || bulk.length !== 3) throw new Error('the mock has too few insights')
    // Each of the three has other tags before, so Undo takes one request per tag set.
    const previous = [['e2e-prev-a'], ['e2e-prev-b'], []]
    for (const [index, row] of bulk.entries()) await setTags([row.id], previous[index]!)
    await setTags([single.id], [])

    await openList(page)
    const row = (index: number) => page.locator(`[data-insight-row="${index}"]`)
    const modified = (index: number) => row(index).locator('td').filter({ hasText: 'Modified' }).locator('time')
    for (const [index, insight] of rows.entries())
      await expect(modified(index)).toHaveAttribute('datetime', insight.last_modified_at)

    // A single edit, from the row.
    await row(0).locator('[data-row-link]').focus()
    await page.keyboard.press('t')
    const popover = page.getByRole('dialog', { name: `Edit tags of ${displayName(single)}` })
    await popover.getByRole('combobox', { name: `Tags of ${displayName(single)}` }).fill('e2e-one')
    await page.keyboard.press('Enter')
    await page.keyboard.press('Enter')
    await expect(popover).toBeHidden()
    await expect(row(0).getByText('e2e-one', { exact: true })).toBeVisible()

    // A bulk edit of the next three.
    await page.getByRole('checkbox', { name: `Select ${displayName(bulk[0]!)}` }).click()
    await page.getByRole('checkbox', { name: `Select ${displayName(bulk[2]!)}` }).click({ modifiers: ['Shift'] })
    const dialog = await openEditor(page, 3)
    await addToEditor(dialog, 'Tags to add', 'e2e-undo')
    await dialog.getByRole('button', { name: 'Apply' }).click()
    const applied = toast(page, 'Updated tags on 3 insights')
    await expect(applied).toBeVisible()
    for (const index of [1, 2, 3]) await expect(row(index).getByText('e2e-undo', { exact: true })).toBeVisible()

    // Neither kind of edit is a modification of the insight, on the server or on the page (PostHog's rule).
    const after = await top()
    expect(after.map((insight) => [insight.id, insight.last_modified_at])).toEqual(
      rows.map((insight) => [insight.id, insight.last_modified_at]),
    )
    for (const [index, insight] of rows.entries())
      await expect(modified(index)).toHaveAttribute('datetime', insight.last_modified_at)

    // Undo: every row shows its previous tags before any of the restoring requests has an answer.
    let release = () => {}
    const answers = new Promise<void>((resolve) => (release = resolve))
    let held = 0
    await page.context().route('**/bulk_update_tags/**', async (route) => {
      if (route.request().method() === 'POST') {
        held++
        await answers
      }
      return route.fallback()
    })
    await applied.getByRole('button', { name: 'Undo' }).click()
    await expect.poll(() => held).toBeGreaterThan(0)
    for (const [index, tags] of previous.entries()) {
      await expect(row(index + 1).getByText('e2e-undo', { exact: true })).toHaveCount(0)
      for (const tag of tags) await expect(row(index + 1).getByText(tag, { exact: true })).toBeVisible()
    }
    release()
    await expect(toast(page, 'Restored the tags of 3 insights')).toBeVisible()
    const restored = await top()
    expect(restored.slice(1).map((insight) => [...insight.tags].sort())).toEqual(previous)
  })

  test('a failing batch: the dialog reports what was and was not applied, and Retry finishes', async ({ page, request }) => {
    test.slow()
    const host = server!.url
    await useApiConnection(page, KEY, host)
    const api = async (query: string): Promise<Row[]> => {
      const response = await request.get(`${host}/api/projects/1/insights/?basic=true&${query}`, {
        headers: { Authorization: `Bearer ${KEY}` },
      })
      return ((await response.json()) as { results: Row[] }).results
    }
    let posts = 0
    await page.context().route('**/bulk_update_tags/**', async (route) => {
      if (route.request().method() !== 'POST') return route.fallback()
      posts++
      if (posts !== 2) return route.fallback()
      return route.fulfill({
        status: 500,
        headers: { 'access-control-allow-origin': '*' },
        contentType: 'application/json',
        json: { type: 'server_error', code: 'error', detail: 'A server error occurred.', attr: null },
      })
    })

    await openList(page, '?pageSize=100')
    const firstPage = (await api('limit=100&order=-last_modified_at')).map((row) => row.id)
    const secondPage = (await api('limit=100&offset=100&order=-last_modified_at')).map((row) => row.id)
    await page.getByRole('checkbox', { name: 'Select all on this page' }).click()
    await page.getByRole('link', { name: 'Next page' }).click()
    await expect(page.getByText(/^101–200 of/)).toBeVisible()
    await page.getByRole('checkbox', { name: 'Select all on this page' }).click()
    await expect(page.getByText('200 selected')).toBeVisible()

    const dialog = await openEditor(page, 200)
    await addToEditor(dialog, 'Tags to add', 'e2e-batch')
    await dialog.getByRole('button', { name: 'Apply' }).click()

    // Two batches of 100: the first went through, the second was refused.
    const report = dialog.getByRole('alert')
    await expect(report).toContainText('Tags updated on 100 of 200 insights; 100 failed.')
    await expect(report).toContainText('A server error occurred.')
    await expect(dialog.getByText('Not updated:')).toBeVisible()
    expect(posts).toBe(2)
    const tagged = async () => new Set((await api('limit=1000&tags=%5B%22e2e-batch%22%5D')).map((row) => row.id))
    let carrying = await tagged()
    expect(firstPage.every((id) => carrying.has(id))).toBe(true)
    expect(secondPage.some((id) => carrying.has(id))).toBe(false)

    await dialog.getByRole('button', { name: 'Retry 100 failed' }).click()
    await expect(toast(page, 'Updated tags on 200 insights')).toBeVisible()
    expect(posts).toBe(3)
    carrying = await tagged()
    expect([...firstPage, ...secondPage].every((id) => carrying.has(id))).toBe(true)
  })
})
