import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

interface Row {
  id: number
  tags: string[]
}

interface ActivityEntry {
  detail: { changes: { field: string; before: unknown; after: unknown }[] | null }
}

async function getJson<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (p) => (await (await fetch(p)).json()) as T, path)
}

/** Every live insight carrying `tag`, from the mock's own list endpoint. */
async function carriers(page: Page, tag: string): Promise<number[]> {
  const query = `basic=true&limit=1000&order=id&tags=${encodeURIComponent(JSON.stringify([tag]))}`
  const page_ = await getJson<{ results: Row[] }>(page, `/api/projects/1/insights/?${query}`)
  return page_.results.map((row) => row.id)
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

async function someInsightIds(page: Page, count: number): Promise<number[]> {
  const list = await getJson<{ results: Row[] }>(page, `/api/projects/1/insights/?basic=true&limit=${count}&order=id`)
  return list.results.map((row) => row.id)
}

/** Loads the app (so the mock runs), lets `setUp` write through the API, then opens the tag manager afresh. */
async function openTagManager(page: Page, setUp?: () => Promise<void>, search = ''): Promise<void> {
  await page.goto('/project/1/insights')
  await expect(page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible()
  await setUp?.()
  await page.goto(`/project/1/tags${search}`)
  await expect(page.getByRole('heading', { level: 1, name: 'Tags' })).toBeVisible()
}

const tagRow = (page: Page, tag: string) =>
  page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: tag, exact: true }) })

test('lists every tag with its insight count; a tag opens the list filtered by it', async ({ page, expectAccessible }) => {
  await openTagManager(page)
  const names = await getJson<string[]>(page, '/api/projects/1/tags/')
  // Header row plus one row per tag.
  await expect(page.getByRole('row')).toHaveCount(names.length + 1)
  const top = page.getByRole('row').nth(1)
  const name = (await top.getByRole('rowheader').textContent()) ?? ''
  const count = (await carriers(page, name)).length
  await expect(top.getByRole('cell').first()).toHaveText(`${count} insight${count === 1 ? '' : 's'}`)
  await expectAccessible()

  await page.getByRole('textbox', { name: 'Filter tags' }).fill(name)
  await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(name)}`))
  await tagRow(page, name).getByRole('link', { name, exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible()
  expect(new URL(page.url()).searchParams.get('tags')).toBe(JSON.stringify([name]))
  await expect(page.getByText(new RegExp(`of ${count}$`))).toBeVisible()
})

test('rename a tag everywhere: preview, batches, trail, and the list filter follows', async ({ page, expectAccessible }) => {
  test.slow()
  let ids: number[] = []
  await openTagManager(page, async () => {
    // More than one batch of 100, so the rename runs in several requests per step.
    ids = await someInsightIds(page, 130)
    await bulkUpdate(page, { ids, action: 'add', tags: ['e2e-old-name'] })
  })
  await tagRow(page, 'e2e-old-name').getByRole('button', { name: 'Rename e2e-old-name' }).click()
  const dialog = page.getByRole('dialog', { name: 'Rename tag “e2e-old-name”' })
  await dialog.getByRole('textbox', { name: 'New name' }).fill(' E2E-New-Name ')
  await expect(dialog.getByText('Saved as “e2e-new-name”: tags are stored in lower case.')).toBeVisible()
  await expect(dialog.getByText('130 insights will have e2e-old-name renamed to e2e-new-name.')).toBeVisible()
  await expectAccessible()
  await dialog.getByRole('button', { name: 'Rename', exact: true }).click()

  await expect(dialog.getByRole('status')).toHaveText('Renamed “e2e-old-name” to “e2e-new-name” on 130 insights.')
  expect(await carriers(page, 'e2e-old-name')).toEqual([])
  expect(await carriers(page, 'e2e-new-name')).toEqual(ids)
  // The mock logs one activity entry per insight changed.
  const history = await getJson<{ results: ActivityEntry[] }>(page, `/api/projects/1/insights/${ids[0]}/activity/?limit=1`)
  expect(history.results[0]?.detail.changes?.[0]).toMatchObject({
    field: 'tags',
    after: expect.arrayContaining(['e2e-new-name']),
  })
  await expect(dialog.getByRole('link', { name: 'activity log' })).toHaveAttribute('href', '/project/1/activity')

  await dialog.getByRole('button', { name: 'Done' }).click()
  await expect(tagRow(page, 'e2e-new-name').getByRole('cell').first()).toHaveText('130 insights')
  await expect(tagRow(page, 'e2e-old-name')).toHaveCount(0)
  const trail = page.getByRole('region', { name: 'Changes made here' })
  await expect(trail.getByRole('listitem')).toContainText(['Renamed “e2e-old-name” to “e2e-new-name”130 insights changed'])
  await expectAccessible()

  await trail.getByRole('link', { name: 'Insights tagged “e2e-new-name”' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible()
  await expect(page.getByText('1–50 of 130')).toBeVisible()
})

test('a rename name already in use is refused and points to Merge', async ({ page }) => {
  await openTagManager(page)
  const [first, other] = await getJson<string[]>(page, '/api/projects/1/tags/')
  await page.getByRole('button', { name: `Rename ${first!}`, exact: true }).click()
  const dialog = page.getByRole('dialog', { name: `Rename tag “${first!}”` })
  await dialog.getByRole('textbox', { name: 'New name' }).fill(other!)
  await expect(dialog.getByText(`A tag named “${other}” already exists. Use Merge to combine the two.`)).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Rename', exact: true })).toBeDisabled()
})

test('merge one tag into another, then delete a tag; the list filter reflects both', async ({ page, expectAccessible }) => {
  let ids: number[] = []
  await openTagManager(
    page,
    async () => {
      ids = await someInsightIds(page, 8)
      await bulkUpdate(page, { ids: ids.slice(0, 5), action: 'add', tags: ['e2e-merge-a'] })
      await bulkUpdate(page, { ids: ids.slice(3), action: 'add', tags: ['e2e-merge-b'] })
      await bulkUpdate(page, { ids: ids.slice(0, 2), action: 'add', tags: ['e2e-doomed'] })
    },
    '?q=e2e-',
  )
  await expect(page.getByRole('row')).toHaveCount(4)

  await page.getByRole('button', { name: 'Merge e2e-merge-a' }).click()
  const merge = page.getByRole('dialog', { name: 'Merge tag “e2e-merge-a”' })
  await merge.getByRole('combobox', { name: 'Merge into' }).selectOption('e2e-merge-b')
  await expect(merge.getByText('5 insights will move from e2e-merge-a to e2e-merge-b; 2 of them already have it.')).toBeVisible()
  await expectAccessible()
  await merge.getByRole('button', { name: 'Merge', exact: true }).click()
  await expect(merge.getByRole('status')).toHaveText('Merged “e2e-merge-a” into “e2e-merge-b” on 5 insights.')
  expect(await carriers(page, 'e2e-merge-a')).toEqual([])
  expect(await carriers(page, 'e2e-merge-b')).toEqual(ids)
  await merge.getByRole('button', { name: 'Done' }).click()
  await expect(tagRow(page, 'e2e-merge-b').getByRole('cell').first()).toHaveText('8 insights')

  await page.getByRole('button', { name: 'Delete e2e-doomed' }).click()
  const remove = page.getByRole('alertdialog', { name: 'Delete tag “e2e-doomed”' })
  await expect(remove.getByText('e2e-doomed will be removed from 2 insights. Their other tags stay.')).toBeVisible()
  await remove.getByRole('button', { name: 'Delete tag' }).click()
  await expect(page.getByRole('dialog').getByRole('status')).toHaveText('Removed “e2e-doomed” from 2 insights.')
  expect(await carriers(page, 'e2e-doomed')).toEqual([])
  await page.getByRole('dialog').getByRole('button', { name: 'Done' }).click()
  await expect(tagRow(page, 'e2e-doomed')).toHaveCount(0)

  await page.getByRole('link', { name: 'e2e-merge-b', exact: true }).click()
  await expect(page.getByText('1–8 of 8')).toBeVisible()
  await page.goto(`/project/1/insights?tags=${encodeURIComponent(JSON.stringify(['e2e-merge-a']))}`)
  await expect(page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible()
  await expect(page.getByText('No insights match these filters')).toBeVisible()
})

test('after a rename the old name is gone at once, and a Merge opened right away offers the new one (issue #19 item 5)', async ({
  page,
}) => {
  await openTagManager(
    page,
    async () => {
      const ids = await someInsightIds(page, 4)
      await bulkUpdate(page, { ids: ids.slice(0, 2), action: 'add', tags: ['e2e-five-old'] })
      await bulkUpdate(page, { ids: ids.slice(2), action: 'add', tags: ['e2e-five-other'] })
    },
    '?q=e2e-five',
  )
  await page.getByRole('button', { name: 'Rename e2e-five-old' }).click()
  const rename = page.getByRole('dialog', { name: 'Rename tag “e2e-five-old”' })
  await rename.getByRole('textbox', { name: 'New name' }).fill('e2e-five-new')
  await rename.getByRole('button', { name: 'Rename', exact: true }).click()
  await expect(rename.getByRole('status')).toHaveText('Renamed “e2e-five-old” to “e2e-five-new” on 2 insights.')
  await rename.getByRole('button', { name: 'Done' }).click()

  // Read at once, not retried: the list and the Merge dialog must know the new name without waiting for a refetch.
  expect(await tagRow(page, 'e2e-five-old').count()).toBe(0)
  await page.getByRole('button', { name: 'Merge e2e-five-other' }).click()
  const merge = page.getByRole('dialog', { name: 'Merge tag “e2e-five-other”' })
  const into = merge.getByRole('combobox', { name: 'Merge into' })
  await expect(into).toBeVisible()
  expect(await into.getByRole('option', { name: 'e2e-five-old' }).count()).toBe(0)
  expect(await into.getByRole('option', { name: 'e2e-five-new' }).count()).toBe(1)
})
