import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

/*
 * Keyboard and editing flows a daily user relies on (issue #19, items 1–6), against the in-browser mock. Keys are
 * pressed as a fast typist presses them: no waits between the key that opens something and the keys that follow.
 */

interface ApiInsight {
  id: number
  short_id: string
  name: string | null
  derived_name: string | null
  description: string | null
  tags: string[]
}

const displayName = (insight: ApiInsight) => insight.name?.trim() || insight.derived_name?.trim() || 'Untitled insight'

async function api<T>(page: Page, path: string, init?: { method: string; body: unknown }): Promise<T> {
  return page.evaluate(
    async ({ path, init }) => {
      const response = await fetch(`/api/projects/1/${path}`, {
        method: init?.method ?? 'GET',
        headers: { 'content-type': 'application/json' },
        body: init ? JSON.stringify(init.body) : null,
      })
      if (!response.ok) throw new Error(`${path} answered ${response.status}`)
      return (await response.json()) as T
    },
    { path, init },
  )
}

async function openList(page: Page, search = ''): Promise<void> {
  await page.goto(`/project/1/insights${search}`)
  await expect(page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible()
  await expect(page.locator('[data-insight-row="0"]')).toBeVisible()
}

/** The list's rows in its default order, as the mock answers. */
async function listed(page: Page, query = ''): Promise<ApiInsight[]> {
  const list = await api<{ results: ApiInsight[] }>(page, `insights/?basic=true&limit=50&order=-last_modified_at${query}`)
  return list.results
}

const rowLink = (page: Page, index: number) => page.locator(`[data-insight-row="${index}"] [data-row-link]`)

/**
 * Holds the lazily loaded chunk whose file name starts with `name` until the returned `release` is called, which first
 * checks that the chunk was asked for and held: a renamed chunk would otherwise leave the loading window untested.
 */
async function holdChunk(page: Page, name: string): Promise<() => Promise<void>> {
  let open = () => {}
  const released = new Promise<void>((resolve) => (open = resolve))
  let held = 0
  // On the context: the mock's service worker fetches the page's assets, and a page route never sees those requests.
  await page.context().route(new RegExp(`/assets/${name}[^/]*\\.js$`), async (route) => {
    held++
    await released
    await route.continue()
  })
  return async () => {
    await expect.poll(() => held, { message: `the ${name} chunk was not requested while held` }).toBeGreaterThan(0)
    open()
  }
}

test.describe('search box and list keys (item 1)', () => {
  test('/ then typing then ↓ lands on the first result of that search', async ({ page }) => {
    await openList(page)
    const [expected] = await listed(page, '&search=retention')
    if (!expected) throw new Error('the mock has no insight matching "retention"')

    await page.keyboard.press('/')
    await page.keyboard.type('retention')
    await page.keyboard.press('ArrowDown')
    await expect(rowLink(page, 0)).toBeFocused()
    await expect(rowLink(page, 0)).toHaveText(displayName(expected))
    expect(new URL(page.url()).searchParams.get('search')).toBe('retention')
  })

  test('/ then typing then Enter does the same', async ({ page }) => {
    await openList(page)
    const [funnel] = await listed(page, '&search=funnel')
    if (!funnel) throw new Error('the mock has no insight matching "funnel"')

    await page.keyboard.press('/')
    await page.keyboard.type('funnel')
    await page.keyboard.press('Enter')
    await expect(rowLink(page, 0)).toBeFocused()
    await expect(rowLink(page, 0)).toHaveText(displayName(funnel))
  })

  test('one Esc clears the search and leaves it: j and t then act on the list, not the URL', async ({ page }) => {
    await openList(page)
    const search = page.getByRole('searchbox', { name: 'Search insights' })

    // On an empty box one Esc leaves it.
    await page.keyboard.press('/')
    await page.keyboard.press('Escape')
    await page.keyboard.press('j')
    await expect(rowLink(page, 0)).toBeFocused()

    await page.keyboard.press('/')
    await page.keyboard.type('abc')
    await page.keyboard.press('Escape')
    await page.keyboard.press('j')
    await page.keyboard.press('t')
    const name = (await rowLink(page, 1).textContent()) ?? ''
    await expect(page.getByRole('dialog', { name: `Edit tags of ${name}` })).toBeVisible()
    await expect(search).toHaveValue('')
    await expect(search).not.toBeFocused()
    expect(new URL(page.url()).searchParams.has('search')).toBe(false)
  })
})

test.describe('tag editor takes every keystroke (item 2)', () => {
  test('on the insight page: "gro" then "wth", typed while the editor loads, saves "growth"', async ({ page }) => {
    await openList(page)
    const [insight] = await listed(page)
    if (!insight) throw new Error('the mock has no insights')
    await api(page, `insights/${insight.id}/`, { method: 'PATCH', body: { tags: [] } })
    const release = await holdChunk(page, 'tag-editor-inline')
    await rowLink(page, 0).click()
    await expect(page.getByRole('heading', { level: 1, name: displayName(insight) })).toBeVisible()
    await expect(page.getByText('No tags')).toBeVisible()

    await page.getByRole('button', { name: 'Edit tags' }).click()
    await page.keyboard.type('gro')
    await page.keyboard.type('wth')
    await release()
    const input = page.getByRole('combobox', { name: 'Tags' })
    await expect(input).toBeFocused()
    await expect(input).toHaveValue('growth')
    // The held text opens the suggestions, as typing it would have.
    await expect(page.getByRole('listbox').getByRole('option').first()).toContainText('growth')
    await page.keyboard.press('Enter')
    await page.keyboard.press('Enter')
    await expect(page.getByRole('list', { name: 'Tags' }).getByText('growth', { exact: true })).toBeVisible()
    await expect.poll(async () => (await api<ApiInsight>(page, `insights/${insight.id}/`)).tags).toEqual(['growth'])
  })

  test('in a list row: j, t, then "growth" typed while the editor loads, none of it taken as a shortcut', async ({ page }) => {
    await openList(page)
    const release = await holdChunk(page, 'inline-tags-popover')
    const [first] = await listed(page)
    if (!first) throw new Error('the mock has no insights')

    await page.keyboard.press('j')
    await page.keyboard.press('t')
    await page.keyboard.type('gro')
    await page.keyboard.type('wth')
    await release()
    const popover = page.getByRole('dialog', { name: `Edit tags of ${displayName(first)}` })
    const input = popover.getByRole('combobox', { name: `Tags of ${displayName(first)}` })
    await expect(input).toBeFocused()
    await expect(input).toHaveValue('growth')
    await expect(page.getByRole('dialog')).toHaveCount(1)
  })
})

test('the description editor opens with the caret after the existing text (item 4)', async ({ page }) => {
  await openList(page)
  const [insight] = await listed(page)
  if (!insight) throw new Error('the mock has no insights')
  await api(page, `insights/${insight.id}/`, { method: 'PATCH', body: { description: 'Existing text' } })
  await rowLink(page, 0).click()
  await expect(page.getByText('Existing text', { exact: true })).toBeVisible()

  await page.getByRole('button', { name: 'Edit description' }).click()
  await page.keyboard.type(', and more')
  const description = page.getByRole('textbox', { name: 'Description' })
  await expect(description).toHaveValue('Existing text, and more')
  await page.keyboard.press('Control+Enter')
  await expect(page.getByText('Existing text, and more')).toBeVisible()
})

test('typing a tag offers the tags in use as you type, best match first, with counts; creating one is its own option (item 3)', async ({
  page,
  expectAccessible,
}) => {
  await openList(page)
  const insights = await listed(page)
  const [target] = insights
  if (!target || insights.length < 10) throw new Error('the mock has too few insights')
  const ids = insights.slice(1, 10).map((insight) => insight.id)
  const tag = async (tags: string[], on: number[]) =>
    api(page, 'insights/bulk_update_tags/', { method: 'POST', body: { ids: on, action: 'add', tags } })
  // A prefix match used on 3, a longer prefix match on 1, a tag that only contains the text on 5.
  await tag(['e2e-grow'], ids.slice(0, 3))
  await tag(['e2e-growl'], ids.slice(3, 4))
  await tag(['xe2e-grow'], ids.slice(4, 9))
  await api(page, `insights/${target.id}/`, { method: 'PATCH', body: { tags: [] } })
  await page.reload()
  await rowLink(page, 0).click()
  await expect(page.getByRole('heading', { level: 1, name: displayName(target) })).toBeVisible()

  await page.getByRole('button', { name: 'Edit tags' }).click()
  await page.keyboard.type('e2e-gro')
  const options = page.getByRole('listbox').getByRole('option')
  await expect(options).toHaveCount(4)
  await expect(options.nth(0)).toContainText('e2e-grow')
  await expect(options.nth(0)).toContainText('3 insights')
  await expect(options.nth(1)).toContainText('e2e-growl')
  await expect(options.nth(2)).toContainText('xe2e-grow')
  await expect(options.nth(2)).toContainText('5 insights')
  await expect(options.nth(3)).toHaveAccessibleName('Create new tag “e2e-gro”')
  // The suggestions themselves: while react-aria's list is open it hides the rest of the page from assistive technology.
  await expectAccessible('[role="listbox"]')

  // The keyboard picks the best match; nothing new is created from the half-typed text.
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Enter')
  await expect.poll(async () => (await api<ApiInsight>(page, `insights/${target.id}/`)).tags).toEqual(['e2e-grow'])
})
