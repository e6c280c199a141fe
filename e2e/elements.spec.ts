import type { Page } from '@playwright/test'
import { FAKE_HOST, fakeProject, fakeUser, fulfillJson, useApiConnection } from './api-routes'
import { test, expect } from './fixtures'

/*
 * The elements page against the in-browser mock: the click summary, filters with suggestions, editing (with the
 * server's 400 shown at its field) and deleting, each checked through the API afterwards.
 */

interface ApiElement {
  id: number
  text: string | null
  tag_name: string | null
  attr_class: string[] | null
  href: string | null
  attr_id: string | null
  nth_child: number | null
  nth_of_type: number | null
}

const selector = (element: ApiElement) =>
  `${element.tag_name ?? ''}${(element.attr_class ?? []).map((name) => `.${name}`).join('')}${element.attr_id ? `#${element.attr_id}` : ''}`
const label = (element: ApiElement) => (element.text ? `${selector(element)} “${element.text}”` : selector(element))

async function openElements(page: Page, query = ''): Promise<void> {
  await page.goto(`/project/1/elements${query}`)
  await expect(page.getByRole('heading', { level: 1, name: 'Elements' })).toBeVisible()
  await expect(page.getByRole('table', { name: 'Elements' })).toBeVisible()
}

async function apiJson<T>(page: Page, path: string): Promise<{ status: number; body: T | null }> {
  return page.evaluate(async (url) => {
    const response = await fetch(url)
    return { status: response.status, body: response.status === 200 ? ((await response.json()) as T) : null }
  }, `/api/projects/1/${path}`)
}

/** An element whose id attribute makes its name unique on the page. */
async function uniqueElement(page: Page, skip = 0): Promise<ApiElement> {
  const list = await apiJson<{ results: ApiElement[] }>(page, 'elements/?limit=100')
  const element = list.body?.results.filter((candidate) => candidate.attr_id && candidate.text)[skip]
  if (!element) throw new Error('the mock has no element with an id attribute')
  return element
}

const rows = (page: Page) => page.getByRole('table', { name: 'Elements' }).getByRole('row')

test.describe('elements', () => {
  test('edits an element in a dialog; a refused field shows the reason under it', async ({ page }) => {
    await openElements(page)
    const element = await uniqueElement(page)
    await page.getByRole('button', { name: `Edit ${label(element)}` }).click()
    const dialog = page.getByRole('dialog', { name: `Edit ${label(element)}` })
    await expect(dialog.getByRole('textbox', { name: 'Tag name' })).toHaveValue(element.tag_name ?? '')

    // The server allows 1,000 characters for a tag name and answers 400 with `attr: tag_name` beyond that.
    await dialog.getByRole('textbox', { name: 'Text' }).fill('Start your free trial')
    await dialog.getByRole('textbox', { name: 'Tag name' }).fill('x'.repeat(1001))
    await dialog.getByRole('button', { name: 'Save' }).click()
    const tagName = dialog.getByRole('textbox', { name: 'Tag name' })
    await expect(tagName).toHaveAttribute('aria-invalid', 'true')
    await expect(dialog.getByText('Ensure this field has no more than 1000 characters.')).toBeVisible()
    await expect(dialog.getByRole('textbox', { name: 'Text' })).toHaveValue('Start your free trial')

    // A position that is not a number never reaches the server.
    await dialog.getByRole('textbox', { name: 'nth-child' }).fill('second')
    await tagName.fill(element.tag_name ?? '')
    await dialog.getByRole('button', { name: 'Save' }).click()
    await expect(dialog.getByText('Enter a whole number, or leave it empty.')).toBeVisible()

    await dialog.getByRole('textbox', { name: 'nth-child' }).fill('7')
    await dialog.getByRole('button', { name: 'Save' }).click()
    await expect(dialog).toBeHidden()
    const edited = { ...element, text: 'Start your free trial' }
    await expect(page.getByText(`Saved ${label(edited)}`)).toBeVisible()
    const row = rows(page).filter({ has: page.getByRole('button', { name: `Edit ${label(edited)}` }) })
    await expect(row).toContainText('Start your free trial')
    await expect(row.getByRole('cell').nth(5)).toHaveText('7')

    const saved = await apiJson<ApiElement>(page, `elements/${element.id}/`)
    expect(saved.body).toMatchObject({ text: 'Start your free trial', nth_child: 7, tag_name: element.tag_name })
  })

  test('deletes an element after a confirmation that names it', async ({ page }) => {
    await openElements(page)
    const element = await uniqueElement(page, 1)
    const before = await rows(page).count()
    await page.getByRole('button', { name: `Delete ${label(element)}` }).click()
    const confirm = page.getByRole('alertdialog', { name: 'Delete element?' })
    await expect(confirm).toContainText(`${label(element)} will be deleted for good.`)
    await confirm.getByRole('button', { name: 'Delete' }).click()
    await expect(confirm).toBeHidden()
    await expect(page.getByText(`Deleted ${label(element)}`)).toBeVisible()
    await expect(page.getByRole('button', { name: `Delete ${label(element)}` })).toHaveCount(0)
    await expect(rows(page)).toHaveCount(before - 1)
    expect((await apiJson(page, `elements/${element.id}/`)).status).toBe(404)
  })

  test('filters with suggestions, in the URL', async ({ page }) => {
    await openElements(page)
    const tagName = page.getByRole('combobox', { name: 'Tag name' })
    await tagName.click()
    await page.getByRole('option', { name: 'a', exact: true }).click()
    await expect(page).toHaveURL(/[?&]tag_name=a(&|$)/)
    for (const cell of await rows(page).locator('td:first-child').allTextContents()) expect(cell).toBe('a')

    const text = page.getByRole('combobox', { name: 'Text' })
    await text.fill('pric')
    await expect(page.getByRole('option', { name: 'Pricing' })).toBeVisible()
    await expect(page).toHaveURL(/[?&]text=pric(&|$)/)
    // The open suggestions hide the rest of the page from assistive technology, as a modal popover does.
    await text.press('Escape')
    const texts = await rows(page).locator('td:nth-child(2)').allTextContents()
    expect(texts.length).toBeGreaterThan(0)
    for (const cell of texts) expect(cell).toBe('Pricing')
    await expect(page.getByRole('status').filter({ hasText: 'Filters apply to the loaded elements' })).toContainText(
      `${texts.length} of the`,
    )

    await page.reload()
    await expect(page.getByRole('combobox', { name: 'Text' })).toHaveValue('pric')
    await page.getByRole('button', { name: 'Clear filters' }).first().click()
    await expect(page).toHaveURL(/\/project\/1\/elements$/)
    await expect(page.getByRole('combobox', { name: 'Tag name' })).toHaveValue('')
  })

  test('the click summary counts rage and dead clicks when asked', async ({ page }) => {
    await openElements(page)
    const summary = page.getByRole('region', { name: 'Most clicked' })
    const topCount = async (include: string) => {
      const stats = await apiJson<{ count: number }[]>(page, `elements/stats/?include=${include}`)
      return (stats.body?.[0]?.count ?? 0).toLocaleString('en-US')
    }
    await expect(summary.getByRole('listitem').first()).toContainText(await topCount('$autocapture'))

    const rage = page.getByRole('switch', { name: 'Rage clicks' })
    await rage.focus()
    await page.keyboard.press('Space')
    await expect(page).toHaveURL(/[?&]rageclicks=true/)
    const dead = page.getByRole('switch', { name: 'Dead clicks' })
    await dead.focus()
    await page.keyboard.press('Space')
    await expect(page).toHaveURL(/[?&]deadclicks=true/)
    const stats = await apiJson<{ type: string; count: number }[]>(
      page,
      'elements/stats/?include=$autocapture,$rageclick,$dead_click',
    )
    const shown = stats.body?.slice(0, 5) ?? []
    await expect(summary.getByRole('listitem')).toHaveCount(shown.length)
    for (const [index, stat] of shown.entries()) {
      await expect(summary.getByRole('listitem').nth(index)).toContainText(stat.count.toLocaleString('en-US'))
    }
  })

  test('passes axe, with the edit dialog open too, in light and dark', async ({ page, expectAccessible }) => {
    // Four axe runs on a busy two-core machine.
    test.setTimeout(120_000)
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme })
      await openElements(page)
      await expect(page.getByRole('region', { name: 'Most clicked' }).getByRole('listitem').first()).toBeVisible()
      await expectAccessible()
      await page
        .getByRole('button', { name: /^Edit / })
        .first()
        .click()
      await expect(page.getByRole('dialog')).toBeVisible()
      await expectAccessible()
      await page.keyboard.press('Escape')
    }
  })
})

test.describe('elements with a read-only API key', () => {
  const element = {
    id: 3,
    text: 'Checkout',
    tag_name: 'button',
    attr_class: ['btn'],
    href: null,
    attr_id: 'pay',
    nth_child: 1,
    nth_of_type: 1,
    attributes: {},
    order: 0,
  }

  test('the first refused write turns editing off and says which scope is missing', async ({ page }) => {
    await useApiConnection(page)
    await page.context().route(`${FAKE_HOST}/api/**`, (route) => {
      const url = new URL(route.request().url())
      if (url.pathname.endsWith('/users/@me/')) return fulfillJson(route, fakeUser)
      if (url.pathname === '/api/projects/1/') return fulfillJson(route, fakeProject)
      if (route.request().method() === 'PATCH') {
        return fulfillJson(
          route,
          {
            type: 'authentication_error',
            code: 'permission_denied',
            detail: "API key missing required scope 'element:write'",
            attr: null,
          },
          403,
        )
      }
      if (url.pathname === '/api/projects/1/elements/') {
        return fulfillJson(route, { count: 1, next: null, previous: null, results: [element] })
      }
      if (url.pathname === '/api/projects/1/elements/stats/') return fulfillJson(route, [])
      if (url.pathname === '/api/projects/1/elements/values/') return fulfillJson(route, [])
      return fulfillJson(route, { type: 'invalid_request', code: 'not_found', detail: 'Not found.', attr: null }, 404)
    })
    await openElements(page)
    await page.getByRole('button', { name: 'Edit button.btn#pay “Checkout”' }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByRole('textbox', { name: 'Text' }).fill('Pay now')
    await dialog.getByRole('button', { name: 'Save' }).click()
    await expect(dialog.getByRole('alert')).toContainText("Not allowed: API key missing required scope 'element:write'")
    await expect(dialog.getByRole('textbox', { name: 'Text' })).toHaveValue('Pay now')
    await dialog.getByRole('button', { name: 'Cancel' }).click()

    await expect(page.getByText("This API key is read-only here: it lacks the 'element:write' scope.")).toBeVisible()
    await expect(page.getByRole('button', { name: 'Edit button.btn#pay “Checkout”' })).toBeDisabled()
    await expect(page.getByRole('button', { name: 'Delete button.btn#pay “Checkout”' })).toBeDisabled()
  })
})
