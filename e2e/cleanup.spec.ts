import { readFileSync } from 'node:fs'
import type { APIRequestContext, Locator, Page } from '@playwright/test'
import { startMockServerProcess, type MockServerProcess } from '../mocks/server-process'
import { useApiConnection } from './api-routes'
import { expect, test } from './fixtures'

/*
 * The clean-up page against the in-browser mock and, for the counts and the trail, against the HTTP mock server. The
 * expected numbers are computed here from the API's own answers, with the rules the page states in words.
 */

interface ApiInsight {
  id: number
  short_id: string
  name: string | null
  description: string | null
  dashboards: number[]
  tags: string[]
  favorited: boolean
  last_viewed_at: string | null
  is_sample?: boolean
}

/** Reads the API as the app does: in the page (in-browser mock) or from here with the key (HTTP mock). */
type Api = (path: string, init?: { method: string; body: unknown }) => Promise<{ status: number; body: unknown }>

function pageApi(page: Page): Api {
  return (path, init) =>
    page.evaluate(
      async ([p, i]) => {
        // A chaos drill may fail the test's own reads too; a server error is asked again, as the app's queries do.
        for (let attempt = 0; ; attempt++) {
          const response = await fetch(`/api/projects/1/${p}`, {
            method: i?.method ?? 'GET',
            headers: { 'content-type': 'application/json' },
            ...(i ? { body: JSON.stringify(i.body) } : {}),
          })
          if (response.status < 500 || attempt > 20) return { status: response.status, body: (await response.json()) as unknown }
        }
      },
      [path, init] as const,
    )
}

function httpApi(request: APIRequestContext, host: string, key: string): Api {
  return async (path) => {
    const response = await request.get(`${host}/api/projects/1/${path}`, { headers: { Authorization: `Bearer ${key}` } })
    return { status: response.status(), body: (await response.json()) as unknown }
  }
}

async function allInsights(api: Api): Promise<ApiInsight[]> {
  const rows: ApiInsight[] = []
  for (let offset = 0; ; offset += 1000) {
    const { body } = await api(`insights/?limit=1000&offset=${offset}&order=id`)
    const page = body as { results: ApiInsight[]; next: string | null }
    rows.push(...page.results)
    if (!page.next) return rows
  }
}

const DAY = 86_400_000

/** The page's groups, by the rules it writes on the page (duplicates have a test of their own). */
function expectedCounts(insights: readonly ApiInsight[], days: number, now: number) {
  return {
    'On no dashboard': insights.filter((insight) => insight.dashboards.length === 0).length,
    'Not viewed': insights.filter((i) => !i.last_viewed_at || Date.parse(i.last_viewed_at) < now - days * DAY).length,
    'Generated samples': insights.filter((insight) => insight.is_sample === true).length,
    'Untagged, no description': insights.filter((insight) => insight.tags.length === 0 && !insight.description?.trim()).length,
  }
}

async function openCleanup(page: Page, search = ''): Promise<void> {
  await page.goto(`/project/1/cleanup${search}`)
  await expect(page.getByRole('heading', { level: 1, name: 'Clean-up' })).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: /^Found \d+ candidates among/ })).toBeVisible({ timeout: 20_000 })
}

const groupTab = (page: Page, label: string) =>
  page.getByRole('navigation', { name: 'Groups' }).getByRole('link', { name: new RegExp(`^${label} \\(\\d+\\)$`) })

async function expectGroupCounts(page: Page, api: Api): Promise<void> {
  const insights = await allInsights(api)
  const counts = expectedCounts(insights, 90, Date.now())
  expect(counts['Generated samples']).toBeGreaterThan(5)
  for (const [label, count] of Object.entries(counts)) {
    await expect(groupTab(page, label)).toHaveText(`${label} (${count})`)
  }
}

/** Waits until no candidate's sharing is still being read, so the proposal is final. */
async function sharingRead(page: Page): Promise<void> {
  await expect(page.getByText(/Checking public sharing of/)).toHaveCount(0, { timeout: 20_000 })
}

interface Picked {
  name: string
  shortId: string
}

/** Clears the selection, then ticks the first `count` boxes a click may tick (insights with no sign of use). */
async function selectFirst(page: Page, count: number): Promise<Picked[]> {
  await page.getByRole('button', { name: 'Clear selection' }).click()
  await expect(page.getByRole('status').filter({ hasText: /^0 selected$/ })).toBeVisible()
  const picked: Picked[] = []
  const table = page.getByRole('main').getByRole('table')
  for (;;) {
    const open = table.getByRole('checkbox', { checked: false, disabled: false })
    while (picked.length < count && (await open.count()) > 0) {
      const box = open.first()
      // Names repeat (copies, generated names), so each insight is known by its row's link.
      const href = (await box.locator('xpath=ancestor::tr[1]').getByRole('link').first().getAttribute('href')) ?? ''
      picked.push({
        name: ((await box.getAttribute('aria-label')) ?? '').replace(/^Select /, ''),
        shortId: href.split('/').at(-1) ?? '',
      })
      await box.check()
    }
    if (picked.length >= count) break
    await page.getByRole('button', { name: /^Show \d+ more of/ }).click()
  }
  await expect(page.getByRole('status').filter({ hasText: new RegExp(`^${count} selected$`) })).toBeVisible()
  return picked
}

async function retireSelection(page: Page, count: number): Promise<void> {
  await page.getByRole('button', { name: 'Retire selection…' }).click()
  const dialog = page.getByRole('alertdialog', { name: `Retire ${count} insight${count === 1 ? '' : 's'}?` })
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: `Retire ${count} insight${count === 1 ? '' : 's'}` }).click()
}

const lastAction = (page: Page): Locator => page.getByRole('region', { name: 'Last action' })

// Each test reads the whole project first, and the machine is shared: a minute and a half, not thirty seconds.
test.describe.configure({ timeout: 90_000 })

test.describe('in the in-browser mock', () => {
  test('each group counts what the API implies; the page is accessible', async ({ page, expectAccessible }) => {
    await openCleanup(page)
    await expectGroupCounts(page, pageApi(page))
    await expect(page.getByRole('heading', { name: 'How candidates are chosen' })).toBeVisible()
    await sharingRead(page)
    await expectAccessible()
  })

  test('retires 30 insights after a preview, then Undo restores all of them', async ({ page }) => {
    await retireThirtyThenUndo(page, pageApi(page))
  })

  test('an insight with a sign of use is never selected for you, and selecting it is an explicit override', async ({ page }) => {
    await signOfUseStaysUnselected(page)
  })

  test('finds duplicates across different but equivalent queries, with the one to keep proposed', async ({ page }) => {
    const api = pageApi(page)
    await openCleanup(page, '?group=duplicates')
    const insights = await allInsights(api)
    // The demo's copies ask the same question as their original, written another way (not the same JSON text).
    const copy = insights.find((insight) => insight.name?.endsWith(' (copy)'))
    if (!copy) throw new Error('the demo data has copies')
    const set = page
      .getByRole('main')
      .getByRole('listitem')
      .filter({ has: page.locator(`a[href$="/${copy.short_id}"]`) })
    await expect(set).toHaveCount(1)
    const hrefs = await set
      .locator('a[href*="/insights/"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')))
    const members = hrefs.map((href) => insights.find((insight) => href?.endsWith(`/${insight.short_id}`)))
    expect(members.length).toBeGreaterThan(1)
    const queryText = (insight: ApiInsight | undefined) => JSON.stringify((insight as unknown as { query: unknown }).query)
    expect(new Set(members.map(queryText)).size).toBeGreaterThan(1)
    expect(members.some((member) => member?.name === (copy.name ?? '').replace(/ \(copy\)$/, ''))).toBe(true)
    await expect(set.getByText('Proposed to keep')).toHaveCount(1)
    await expect(set.getByRole('heading', { name: /^\d+ insights with the same query as “.+”$/ })).toBeVisible()
  })

  test('a failing batch under the chaos drill loses nothing: every insight is retired or reported, and Retry finishes', async ({
    page,
  }) => {
    const api = pageApi(page)
    await openCleanup(page, '?chaos=0.3&chaos_seed=11&chaos_modes=error')
    await sharingRead(page)
    const shortIds = (await selectFirst(page, 20)).map((insight) => insight.shortId)
    await retireSelection(page, 20)

    const report = lastAction(page).getByRole('status')
    await expect(report).toHaveText(/^Retired \d+ insights?\./, { timeout: 20_000 })
    const deletedNow = async () => {
      const statuses = await Promise.all(shortIds.map(async (shortId) => (await api(`insights/${shortId}/`)).status))
      return shortIds.filter((_, index) => statuses[index] === 404)
    }
    for (let round = 0; round < 10; round++) {
      const text = (await report.textContent()) ?? ''
      const failed = Number(/(\d+) insights? could not be retired/.exec(text)?.[1] ?? 0)
      const trail = page.getByRole('heading', { name: /^Retired here \(\d+\)$/ })
      const kept = failed === 20 ? 0 : Number(/\((\d+)\)/.exec((await trail.textContent()) ?? '')?.[1] ?? 0)
      // Every insight is either in the trail (and deleted on the server) or listed as failed: none is lost. A write
      // whose answer was lost may be deleted yet listed as failed; Retry then confirms it.
      expect(kept + failed).toBe(20)
      expect((await deletedNow()).length).toBeGreaterThanOrEqual(kept)
      if (failed === 0) break
      await expect(lastAction(page).getByRole('list', { name: 'Failures' }).getByRole('listitem')).toHaveCount(failed)
      await lastAction(page)
        .getByRole('button', { name: `Retry ${failed} insight${failed === 1 ? '' : 's'}` })
        .click()
      await expect(report).toHaveText(/^Retired \d+ insights?\./, { timeout: 20_000 })
    }
    await expect(page.getByRole('heading', { name: 'Retired here (20)' })).toBeVisible()
    expect((await deletedNow()).sort()).toEqual([...shortIds].sort())
    // A Retry continues its run: the report counts all 20, and Undo restores all 20, not only the last Retry's.
    await expect(report).toHaveText('Retired 20 insights.')
    await lastAction(page).getByRole('button', { name: 'Undo' }).click()
    for (let round = 0; round < 10; round++) {
      await expect(report).toHaveText(/^Restored \d+ insights?\./, { timeout: 20_000 })
      const failed = Number(/(\d+) insights? could not be restored/.exec((await report.textContent()) ?? '')?.[1] ?? 0)
      if (failed === 0) break
      await lastAction(page)
        .getByRole('button', { name: `Retry ${failed} insight${failed === 1 ? '' : 's'}` })
        .click()
    }
    await expect(report).toHaveText('Restored 20 insights.')
    expect(await deletedNow()).toEqual([])
  })

  test('the plan downloads as CSV before anything changes; tagging the selection adds the tag and nothing else', async ({
    page,
  }) => {
    const api = pageApi(page)
    await openCleanup(page)
    await sharingRead(page)
    const picked = await selectFirst(page, 5)
    const tagsOf = async (shortId: string) => ((await api(`insights/${shortId}/`)).body as ApiInsight).tags

    await page.getByRole('button', { name: 'Tag selection…' }).click()
    const dialog = page.getByRole('alertdialog', { name: 'Tag 5 insights?' })
    await dialog.getByRole('textbox', { name: 'Tag' }).fill(' E2E-Archive ')
    const download = page.waitForEvent('download')
    await dialog.getByRole('button', { name: 'Download plan (CSV)' }).click()
    const file = await download
    expect(file.suggestedFilename()).toMatch(/^insight-cleanup-plan-\d{4}-\d{2}-\d{2}\.csv$/)
    const lines = readFileSync(await file.path(), 'utf8')
      .trim()
      .split(/\r?\n/)
    expect(lines[0]).toBe('id,short_id,name,action,listed because,might be kept because,selection')
    expect(lines).toHaveLength(6)
    for (const insight of picked) {
      const line = lines.find((row) => row.split(',')[1] === insight.shortId)
      expect(line, insight.shortId).toContain('add tag ""e2e-archive""')
      expect(line, insight.shortId).toMatch(/,proposed$/)
    }
    // The download changed nothing.
    for (const insight of picked) expect(await tagsOf(insight.shortId)).not.toContain('e2e-archive')

    await dialog.getByRole('button', { name: 'Add “e2e-archive” to 5 insights' }).click()
    await expect(lastAction(page).getByRole('status')).toHaveText('Tagged 5 insights with “e2e-archive”.')
    for (const insight of picked) {
      expect(await tagsOf(insight.shortId)).toContain('e2e-archive')
      expect((await api(`insights/${insight.shortId}/`)).status).toBe(200)
    }
    // Tagging is no retirement: the trail stays empty and there is nothing to undo.
    await expect(page.getByRole('heading', { name: /^Retired here/ })).toHaveCount(0)
    await expect(lastAction(page).getByRole('button', { name: 'Undo' })).toHaveCount(0)
  })

  test('retired insights stay in “Retired here” after a reload and are restored from there', async ({ page }) => {
    await retireReloadRestore(page, pageApi(page))
  })
})

async function retireThirtyThenUndo(page: Page, api: Api): Promise<void> {
  await openCleanup(page)
  await sharingRead(page)
  const shortIds = (await selectFirst(page, 30)).map((insight) => insight.shortId)

  await retireSelection(page, 30)
  await expect(lastAction(page).getByRole('status')).toHaveText('Retired 30 insights.', { timeout: 30_000 })
  for (const shortId of shortIds) expect((await api(`insights/${shortId}/`)).status).toBe(404)
  await expect(page.getByRole('heading', { name: 'Retired here (30)' })).toBeVisible()

  await lastAction(page).getByRole('button', { name: 'Undo' }).click()
  await expect(lastAction(page).getByRole('status')).toHaveText('Restored 30 insights.', { timeout: 30_000 })
  for (const shortId of shortIds) expect((await api(`insights/${shortId}/`)).status).toBe(200)
  await expect(page.getByRole('heading', { name: /^Retired here/ })).toHaveCount(0)
}

async function signOfUseStaysUnselected(page: Page): Promise<void> {
  await openCleanup(page, '?group=unviewed')
  await sharingRead(page)
  const row = page
    .getByRole('main')
    .getByRole('table')
    .getByRole('row')
    .filter({ hasText: /On \d dashboards?/ })
    .first()
  const box = row.getByRole('checkbox')
  const name = ((await box.getAttribute('aria-label')) ?? '').replace(/^Select /, '')
  await expect(box).not.toBeChecked()
  await expect(box).toBeDisabled()
  await page.getByRole('button', { name: 'Proposed only' }).click()
  await expect(box).not.toBeChecked()

  const selectedBefore = await page
    .getByRole('status')
    .filter({ hasText: /^\d+ selected$/ })
    .textContent()
  const before = Number.parseInt(selectedBefore ?? '0', 10)
  await row.getByRole('button', { name: `Select ${name} anyway` }).click()
  await expect(box).toBeChecked()
  await expect(page.getByRole('status').filter({ hasText: /^\d+ selected$/ })).toHaveText(`${before + 1} selected`)
  await page.getByRole('button', { name: 'Retire selection…' }).click()
  await expect(
    page.getByRole('alertdialog').getByText(/^1 insight shows signs of use and was selected by override\.$/),
  ).toBeVisible()
}

async function retireReloadRestore(page: Page, api: Api): Promise<void> {
  await openCleanup(page, '?group=samples')
  await sharingRead(page)
  const picked = await selectFirst(page, 2)
  const shortIds = picked.map((insight) => insight.shortId)
  await retireSelection(page, 2)
  await expect(lastAction(page).getByRole('status')).toHaveText('Retired 2 insights.')

  await page.reload()
  await expect(page.getByRole('status').filter({ hasText: /^Found \d+ candidates among/ })).toBeVisible({ timeout: 20_000 })
  const trail = page.getByRole('region', { name: 'Retired here (2)' })
  await expect(trail).toBeVisible()
  for (const shortId of shortIds) expect((await api(`insights/${shortId}/`)).status).toBe(404)

  await trail
    .getByRole('listitem')
    .filter({ has: page.locator(`a[href$="/${shortIds[0] ?? ''}"]`) })
    .getByRole('button', { name: `Restore ${picked[0]?.name ?? ''}` })
    .click()
  await expect(lastAction(page).getByRole('status')).toHaveText('Restored 1 insight.')
  expect((await api(`insights/${shortIds[0] ?? ''}/`)).status).toBe(200)
  expect((await api(`insights/${shortIds[1] ?? ''}/`)).status).toBe(404)
  await expect(page.getByRole('region', { name: 'Retired here (1)' })).toBeVisible()
  await page.getByRole('region', { name: 'Retired here (1)' }).getByRole('button', { name: 'Restore all' }).click()
  await expect(lastAction(page).getByRole('status')).toHaveText('Restored 1 insight.')
  expect((await api(`insights/${shortIds[1] ?? ''}/`)).status).toBe(200)
}

test.describe('against the HTTP mock server', () => {
  let server: MockServerProcess | null = null
  const KEY = 'phx_demo_full'

  test.beforeAll(async () => {
    server = await startMockServerProcess(600)
  })
  test.afterAll(() => server?.stop())

  test('each group counts what the API implies', async ({ page, request }) => {
    const host = server?.url ?? ''
    await useApiConnection(page, KEY, host)
    await openCleanup(page)
    await expectGroupCounts(page, httpApi(request, host, KEY))
  })

  test('retires 30 insights after a preview, then Undo restores all of them', async ({ page, request }) => {
    const host = server?.url ?? ''
    await useApiConnection(page, KEY, host)
    await retireThirtyThenUndo(page, httpApi(request, host, KEY))
  })

  test('an insight with a sign of use is never selected for you, and selecting it is an explicit override', async ({ page }) => {
    await useApiConnection(page, KEY, server?.url ?? '')
    await signOfUseStaysUnselected(page)
  })

  test('a failing batch loses nothing: the refused ones are reported, Retry finishes them, Undo restores all', async ({
    page,
    request,
  }) => {
    const host = server?.url ?? ''
    const api = httpApi(request, host, KEY)
    await useApiConnection(page, KEY, host)
    // Over HTTP the server's refusals can be staged: the first five retirements answer 500.
    let refused = 0
    await page.context().route(
      (url) => /\/insights\/\d+\/$/.test(url.pathname),
      async (route) => {
        if (route.request().method() !== 'PATCH' || refused >= 5) return route.fallback()
        refused++
        return route.fulfill({
          status: 500,
          headers: { 'access-control-allow-origin': '*' },
          json: { type: 'server_error', code: 'error', detail: 'A server error occurred.', attr: null },
        })
      },
    )
    await openCleanup(page)
    await sharingRead(page)
    const shortIds = (await selectFirst(page, 12)).map((insight) => insight.shortId)
    await retireSelection(page, 12)
    const report = lastAction(page).getByRole('status')
    await expect(report).toHaveText('Retired 7 insights. 5 insights could not be retired.')
    await expect(lastAction(page).getByRole('list', { name: 'Failures' }).getByRole('listitem')).toHaveCount(5)
    await expect(lastAction(page).getByRole('list', { name: 'Failures' })).toContainText('A server error occurred.')
    await expect(page.getByRole('heading', { name: 'Retired here (7)' })).toBeVisible()
    const deleted = async () =>
      (await Promise.all(shortIds.map(async (shortId) => (await api(`insights/${shortId}/`)).status))).filter(
        (status) => status === 404,
      ).length
    expect(await deleted()).toBe(7)

    await lastAction(page).getByRole('button', { name: 'Retry 5 insights' }).click()
    await expect(report).toHaveText('Retired 12 insights.')
    await expect(page.getByRole('heading', { name: 'Retired here (12)' })).toBeVisible()
    expect(await deleted()).toBe(12)
    await lastAction(page).getByRole('button', { name: 'Undo' }).click()
    await expect(report).toHaveText('Restored 12 insights.')
    expect(await deleted()).toBe(0)
  })

  test('retire, reload, and restore from the trail', async ({ page, request }) => {
    const host = server?.url ?? ''
    await useApiConnection(page, KEY, host)
    await retireReloadRestore(page, httpApi(request, host, KEY))
  })
})

test.describe('reading a big project', () => {
  let server: MockServerProcess | null = null
  const KEY = 'phx_demo_full'

  test.beforeAll(async () => {
    server = await startMockServerProcess(2500)
  })
  test.afterAll(() => server?.stop())

  test('Stop ends the reading early; the groups then count only what was read, and say so', async ({ page }) => {
    await useApiConnection(page, KEY, server?.url ?? '')
    // The pages after the first are held, so the reading is under way when Stop is pressed.
    let release = () => {}
    const released = new Promise<void>((resolve) => (release = resolve))
    await page.context().route(
      (url) => url.pathname.endsWith('/insights/') && Number(url.searchParams.get('offset') ?? 0) >= 1000,
      async (route) => {
        await released
        await route.fallback().catch(() => undefined)
      },
    )
    await page.goto('/project/1/cleanup')
    const scan = page.getByRole('region', { name: 'Scan' })
    await expect(scan.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '1000')
    await scan.getByRole('button', { name: 'Stop' }).click()
    // Of the live ones: the seed also holds a few soft-deleted insights, which PostHog's list leaves out.
    const stopped = /^Stopped after reading 1000 of (\d+) insights: the groups count only those\. Found \d+ candidates\.$/
    await expect(scan.getByRole('status')).toHaveText(stopped)
    expect(Number(stopped.exec((await scan.getByRole('status').textContent()) ?? '')?.[1])).toBeGreaterThan(2000)
    await expect(scan.getByRole('button', { name: 'Stop' })).toHaveCount(0)
    release()
  })
})
