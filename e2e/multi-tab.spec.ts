import type { BrowserContext, Page } from '@playwright/test'
import { test, expect } from './fixtures'

/*
 * Several tabs of one browser share one demo backend: two pages of one context, edits interleaved, then both
 * reloaded. Insights are found through the API from the page (the mock's worker answers there), never by fixed ids.
 */

interface ApiInsight {
  id: number
  short_id: string
  name: string | null
  favorited: boolean
  tags: string[]
}

async function openApp(context: BrowserContext): Promise<Page> {
  const page = await context.newPage()
  await page.goto('/project/1/insights')
  await expect(page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible()
  return page
}

/** A second tab, opened straight on an insight. */
async function openTab(context: BrowserContext, target: ApiInsight): Promise<Page> {
  const page = await context.newPage()
  await openDetail(page, target)
  return page
}

function api<T>(page: Page, path: string, method = 'GET', body?: unknown): Promise<T> {
  return page.evaluate(
    async ({ path, method, body }) => {
      const response = await fetch(`/api/projects/1/${path}`, {
        method,
        headers: { 'Content-Type': 'application/json' },
        body: body === undefined ? null : JSON.stringify(body),
      })
      if (!response.ok) throw new Error(`${method} ${path}: ${response.status}`)
      return response.status === 204 ? null : ((await response.json()) as unknown)
    },
    { path, method, body },
  ) as Promise<T>
}

const insights = (page: Page, limit: number) =>
  api<{ results: ApiInsight[] }>(page, `insights/?limit=${limit}&order=id`).then((list) => list.results)
const insight = (page: Page, id: number) => api<ApiInsight>(page, `insights/${id}/`)

async function openDetail(page: Page, target: ApiInsight): Promise<void> {
  await page.goto(`/project/1/insights/${target.short_id}`)
  await expect(page.getByRole('button', { name: 'Edit name' })).toBeVisible()
}

async function rename(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Edit name' }).click()
  const field = page.getByRole('textbox', { name: 'Name' })
  await field.fill(name)
  await field.press('Enter')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name)
}

async function addTagInline(page: Page, tag: string): Promise<void> {
  await page.getByRole('button', { name: 'Edit tags' }).click()
  const input = page.getByRole('combobox', { name: 'Tags' })
  await input.fill(tag)
  await input.press('Enter')
  await expect(input).toHaveValue('')
  await input.press('Enter')
  await expect(page.getByRole('list', { name: 'Tags' }).getByText(tag, { exact: true })).toBeVisible()
}

test('two tabs renaming two insights both keep their rename after a reload', async ({ context }) => {
  // Six page loads in two tabs: on a busy 2-core CI machine each takes 2–3 s, so the default 30 s is too tight.
  test.slow()
  const tabA = await openApp(context)
  const [first, second] = await insights(tabA, 2)
  await openDetail(tabA, first!)
  const tabB = await openTab(context, second!)
  await rename(tabA, 'Renamed in tab A')
  await rename(tabB, 'Renamed in tab B')
  await Promise.all([tabA.reload(), tabB.reload()])
  await expect(tabA.getByRole('heading', { level: 1 })).toHaveText('Renamed in tab A')
  await expect(tabB.getByRole('heading', { level: 1 })).toHaveText('Renamed in tab B')
})

test('interleaved edits in two tabs, with a bulk run of 30 insights, are all there after a reload', async ({ context }) => {
  test.slow()
  const tabA = await openApp(context)
  const listed = await insights(tabA, 32)
  const [edited, shared] = listed
  const bulk = listed.slice(2, 32)
  await openDetail(tabA, edited!)
  const tabB = await openTab(context, shared!)

  // A opens the tag editor; B then tags the same insight; A's save must keep B's tag (its list is older).
  await tabA.getByRole('button', { name: 'Edit tags' }).click()
  await api(tabB, 'insights/bulk_update_tags/', 'POST', { ids: [edited!.id], action: 'add', tags: ['added-in-b'] })
  const input = tabA.getByRole('combobox', { name: 'Tags' })
  await input.fill('added-in-a')
  await input.press('Enter')
  await input.press('Enter')

  await rename(tabA, 'Edited in A')
  await addTagInline(tabB, 'tagged-in-b')
  await tabA.getByRole('button', { name: 'Favorite' }).click()
  await expect(tabA.getByRole('button', { name: 'Favorite' })).toHaveAttribute('aria-pressed', String(!edited!.favorited))

  await api(tabB, `insights/${shared!.id}/sharing/`, 'PATCH', { enabled: true, password_required: true })
  const kept = await api<{ id: string }>(tabB, `insights/${shared!.id}/sharing/passwords/`, 'POST', { note: 'Kept' })
  const dropped = await api<{ id: string }>(tabB, `insights/${shared!.id}/sharing/passwords/`, 'POST', { note: 'Dropped' })

  // A bulk run in A, one request per insight as a run sends them, while B keeps editing.
  const run = tabA.evaluate(
    async (ids) => {
      for (const id of ids) {
        const response = await fetch('/api/projects/1/insights/bulk_update_tags/', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ ids: [id], action: 'add', tags: ['bulk-run'] }),
        })
        if (!response.ok) throw new Error(`bulk_update_tags ${id}: ${response.status}`)
      }
    },
    bulk.map((item) => item.id),
  )
  await rename(tabB, 'Edited in B while A ran')
  await api(tabB, `insights/${shared!.id}/sharing/passwords/${dropped.id}/`, 'DELETE')
  await run

  await Promise.all([tabA.reload(), tabB.reload()])
  await expect(tabA.getByRole('heading', { level: 1 })).toHaveText('Edited in A')
  await expect(tabB.getByRole('heading', { level: 1 })).toHaveText('Edited in B while A ran')
  for (const page of [tabA, tabB]) {
    const editedNow = await insight(page, edited!.id)
    expect(editedNow.favorited).toBe(!edited!.favorited)
    expect(editedNow.tags).toEqual(expect.arrayContaining(['added-in-a', 'added-in-b']))
    expect((await insight(page, shared!.id)).tags).toContain('tagged-in-b')
    const sharing = await api<{ share_passwords: { id: string }[] }>(page, `insights/${shared!.id}/sharing/`)
    expect(sharing.share_passwords.map((password) => password.id)).toEqual([kept.id])
    const tagged = (await insights(page, 32)).filter((item) => item.tags.includes('bulk-run')).map((item) => item.id)
    expect(tagged).toEqual(bulk.map((item) => item.id))
  }
})

test('a change in one tab shows in the other without a reload', async ({ context }) => {
  const tabA = await openApp(context)
  const [target] = await insights(tabA, 1)
  await openDetail(tabA, target!)
  const tabB = await openTab(context, target!)
  await rename(tabA, 'Seen in the other tab')
  await expect(tabB.getByRole('heading', { level: 1 })).toHaveText('Seen in the other tab')
})

test('"Reset demo data" in one tab reaches every tab', async ({ context }) => {
  const tabA = await openApp(context)
  const [target] = await insights(tabA, 1)
  await openDetail(tabA, target!)
  await rename(tabA, 'Gone after the reset')
  const tabB = await context.newPage()
  await tabB.goto('/settings')
  await tabB.getByRole('button', { name: 'Reset demo data' }).click()
  await tabB.getByRole('button', { name: 'Yes, reset demo data' }).click()
  await expect(tabB.getByText('Demo data reset')).toBeVisible()
  // Tab A shows the seeded name again by itself, and still after a reload.
  await expect(tabA.getByRole('heading', { level: 1 })).not.toHaveText('Gone after the reset')
  await tabA.reload()
  await expect(tabA.getByRole('button', { name: 'Edit name' })).toBeVisible()
  expect((await insight(tabA, target!.id)).name).toBe(target!.name)
})

test('storage full says edits will not last, and what was saved before is kept', async ({ context }) => {
  const tab = await openApp(context)
  const [target] = await insights(tab, 1)
  await openDetail(tab, target!)
  await rename(tab, 'Saved before the disk filled')
  // From now on this tab's saves are refused, as a full disk refuses them.
  await tab.evaluate(() => {
    type Put = (this: IDBObjectStore, value: unknown, key?: IDBValidKey) => IDBRequest<IDBValidKey>
    const put = Reflect.get(IDBObjectStore.prototype, 'put') as Put
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      if (key === 'snapshot') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      return put.call(this, value, key)
    }
  })
  await rename(tab, 'Not saved')
  await expect(tab.getByText('your edits will not last after a reload')).toBeVisible()
  await tab.reload()
  await expect(tab.getByRole('heading', { level: 1 })).toHaveText('Saved before the disk filled')
})
