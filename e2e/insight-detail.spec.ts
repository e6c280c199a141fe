import type { Page, Route } from '@playwright/test'
import { answerAsPostHog, fulfillJson } from './api-routes'
import { test, expect } from './fixtures'

/*
 * The insight detail page against the in-browser mock. Insights are found through the API from the page (the mock's
 * service worker answers there), never by hard-coded ids, and the tables are compared with the API's own numbers.
 */

type Kind = 'TRENDS' | 'FUNNELS' | 'RETENTION' | 'PATHS' | 'STICKINESS' | 'LIFECYCLE' | 'SQL' | 'JSON'

interface ApiInsight {
  id: number
  short_id: string
  name: string | null
  derived_name: string | null
  description: string | null
  favorited: boolean
  tags: string[]
  dashboards: number[]
  result: unknown
  columns?: string[] | null
  query?: { source?: { trendsFilter?: { display?: string } } } | null
}

const number = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 2 })

/** Opens the app so the mock's worker runs, then asks the API for insights of one type. */
async function findInsights(page: Page, kind: Kind, limit = 1): Promise<ApiInsight[]> {
  if (!page.url().includes('/project/')) {
    await page.goto('/project/1/insights')
    await expect(page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible()
  }
  const list = await page.evaluate(
    ([type, count]) =>
      fetch(`/api/projects/1/insights/?insight=${type}&limit=${count}`).then(
        (response) => response.json() as Promise<{ results: ApiInsight[] }>,
      ),
    [kind, limit] as const,
  )
  return list.results
}

async function findInsight(page: Page, kind: Kind): Promise<ApiInsight> {
  const [insight] = await findInsights(page, kind)
  if (!insight) throw new Error(`the mock has no ${kind} insight`)
  return insight
}

async function fetchInsight(page: Page, shortId: string): Promise<{ status: number; body: ApiInsight }> {
  return page.evaluate(
    (id) =>
      fetch(`/api/projects/1/insights/${id}/`).then(async (response) => ({
        status: response.status,
        body: (await response.json()) as ApiInsight,
      })),
    shortId,
  )
}

const isTimeSeries = (insight: ApiInsight) =>
  ['ActionsLineGraph', 'ActionsBar', 'ActionsAreaGraph', undefined].includes(insight.query?.source?.trendsFilter?.display)

const displayName = (insight: ApiInsight) => insight.name?.trim() || insight.derived_name?.trim() || 'Untitled insight'

async function openDetail(page: Page, insight: ApiInsight, tab = ''): Promise<void> {
  await page.goto(`/project/1/insights/${insight.short_id}${tab}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(new RegExp(escapeRegExp(displayName(insight))))
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** The text of every cell in a table row, header cell first. */
async function rowTexts(page: Page, tableName: string | RegExp, rowIndex: number): Promise<string[]> {
  const table = page.getByRole('table', { name: tableName })
  const row = table.getByRole('row').nth(rowIndex + 1)
  // allInnerTexts does not wait: a table still loading would read as no cells.
  await expect(row).toBeVisible()
  return row.locator('th, td').allInnerTexts()
}

test.describe('insight detail', () => {
  test('each insight type draws its chart and a table with the API numbers', async ({ page }) => {
    test.slow()

    const trends = await findInsight(page, 'TRENDS')
    await openDetail(page, trends)
    await expect(page.locator('figure[data-chart-kind="TRENDS"] .recharts-line').first()).toBeVisible()
    await page.getByRole('radio', { name: 'Bar' }).click()
    await expect(page.locator('figure[data-chart-kind="TRENDS"] .recharts-bar-rectangle').first()).toBeVisible()
    await expect(page).toHaveURL(/display=bar/)
    await page.getByRole('button', { name: 'Show as table' }).click()
    const series = trends.result as { data: number[]; count: number }[]
    const table = page.getByRole('table', { name: /Trends result of/ })
    await expect(table).toBeVisible()
    const firstRow = await rowTexts(page, /Trends result of/, 0)
    expect(firstRow.slice(1)).toEqual(series.map((item) => number(item.data[0] ?? 0)))
    const totals = await table.getByRole('row').last().locator('td').allInnerTexts()
    expect(totals).toEqual(series.map((item) => number(item.count)))

    const funnel = await findInsight(page, 'FUNNELS')
    await openDetail(page, funnel)
    await expect(page.locator('figure[data-chart-kind="FUNNELS"] .recharts-bar-rectangle').first()).toBeVisible()
    await page.getByRole('button', { name: 'Show as table' }).click()
    const steps = funnel.result as { count: number }[]
    for (const [index, step] of steps.entries()) {
      const cells = await rowTexts(page, /Funnel result of/, index)
      expect(cells[1]).toBe(number(step.count))
      if (index > 0) {
        const previous = steps[index - 1]?.count ?? 0
        expect(cells[3]).toBe(`${((step.count / previous) * 100).toFixed(1)}%`)
      }
    }

    const retention = await findInsight(page, 'RETENTION')
    await openDetail(page, retention)
    const cohorts = retention.result as { values: { count: number }[] }[]
    const cohortRow = await rowTexts(page, /Retention result of/, 0)
    expect(cohortRow.slice(1).map((cell) => cell.split(' ')[0])).toEqual(cohorts[0]?.values.map((value) => number(value.count)))

    const paths = await findInsight(page, 'PATHS')
    await openDetail(page, paths)
    await expect(page.locator('figure[data-chart-kind="PATHS"] .recharts-sankey-link').first()).toBeVisible()
    await page.getByRole('button', { name: 'Show as table' }).click()
    const links = paths.result as { value: number }[]
    await expect(page.getByRole('table', { name: /Paths result of/ }).getByRole('row')).toHaveCount(links.length + 1)
    expect((await rowTexts(page, /Paths result of/, 0))[2]).toBe(number(links[0]?.value ?? 0))

    for (const kind of ['STICKINESS', 'LIFECYCLE'] as const) {
      const insight = await findInsight(page, kind)
      await openDetail(page, insight)
      // Stickiness is a line by default in PostHog; lifecycle its stacked bars.
      const drawn = kind === 'STICKINESS' ? '.recharts-line' : '.recharts-bar-rectangle'
      await expect(page.locator(`figure[data-chart-kind="${kind}"] ${drawn}`).first()).toBeVisible()
      await page.getByRole('button', { name: 'Show as table' }).click()
      const noun = kind === 'STICKINESS' ? 'Stickiness' : 'Lifecycle'
      const totals = await page
        .getByRole('table', { name: new RegExp(`${noun} result of`) })
        .getByRole('row')
        .last()
        .locator('td')
        .allInnerTexts()
      expect(totals).toEqual((insight.result as { count: number }[]).map((item) => number(item.count)))
    }

    const sql = await findInsight(page, 'SQL')
    await openDetail(page, sql)
    const rows = sql.result as unknown[][]
    const sqlRow = await rowTexts(page, /SQL result of/, 0)
    expect(sqlRow).toEqual(rows[0]?.map((value) => (typeof value === 'number' ? number(value) : String(value))))

    const json = await findInsight(page, 'JSON')
    await openDetail(page, json)
    await expect(page.getByRole('table', { name: /JSON result of/ }).getByRole('row')).toHaveCount(
      (json.result as unknown[]).length + 1,
    )
  })

  test('threshold bounds are drawn on a trends chart', async ({ page }) => {
    const candidates = await findInsights(page, 'TRENDS', 100)
    const withBounds = await page.evaluate(
      async (ids) => {
        for (const id of ids) {
          const list = (await fetch(`/api/projects/1/insights/${id}/thresholds/`).then((response) => response.json())) as {
            results: {
              name: string
              configuration: { type: string; bounds?: { lower?: number | null; upper?: number | null } | null }
            }[]
          }
          const absolute = list.results.find(
            (threshold) => threshold.configuration.type === 'absolute' && threshold.configuration.bounds,
          )
          if (absolute) return { id, name: absolute.name }
        }
        return null
      },
      // Bounds are drawn on charts over time; a big number or a pie has no value axis for them.
      candidates.filter((insight) => isTimeSeries(insight)).map((insight) => insight.short_id),
    )
    test.skip(withBounds === null, 'no trends insight with absolute thresholds in the seed')
    if (!withBounds) return
    await page.goto(`/project/1/insights/${withBounds.id}`)
    await expect(page.locator('.recharts-reference-line').first()).toBeAttached()
    await expect(page.getByText(`Threshold bounds: ${withBounds.name}`, { exact: false })).toBeVisible()
  })

  test('rename, describe and favorite persist after a reload', async ({ page }) => {
    const insight = await findInsight(page, 'TRENDS')
    await openDetail(page, insight)

    await page.getByRole('button', { name: 'Edit name' }).click()
    const name = page.getByRole('textbox', { name: 'Name' })
    await name.fill('Weekly signups, renamed')
    await name.press('Enter')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Weekly signups, renamed')

    await page.getByRole('button', { name: 'Edit description' }).click()
    const description = page.getByRole('textbox', { name: 'Description' })
    await description.fill('First line\n<b>not bold</b>')
    await page.getByRole('button', { name: 'Save', exact: true }).click()
    await expect(page.getByText('<b>not bold</b>')).toBeVisible()

    const favorite = page.getByRole('button', { name: 'Favorite' })
    const wasFavorite = insight.favorited
    await favorite.click()
    await expect(favorite).toHaveAttribute('aria-pressed', String(!wasFavorite))

    await page.getByRole('button', { name: 'Edit tags' }).click()
    const addTag = page.getByRole('combobox', { name: 'Tags' })
    await addTag.fill('Q4 Review')
    await addTag.press('Enter')
    await expect(addTag).toHaveValue('')
    await addTag.press('Enter')
    const tags = page.getByRole('list', { name: 'Tags' })
    await expect(tags.getByText('q4 review', { exact: true })).toBeVisible()
    // The tags show at once, before their save has an answer; a reload must not cut that save short.
    await expect.poll(async () => (await fetchInsight(page, insight.short_id)).body.tags).toContain('q4 review')

    await page.reload()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Weekly signups, renamed')
    await expect(tags.getByText('q4 review', { exact: true })).toBeVisible()
    await page.getByRole('button', { name: 'Edit tags' }).click()
    await page.getByRole('button', { name: 'Remove tag q4 review' }).click()
    await page.getByRole('button', { name: 'Save', exact: true }).click()
    await expect(page.getByText('q4 review', { exact: true })).toHaveCount(0)
    await expect(page.getByText('<b>not bold</b>')).toBeVisible()
    await expect(page.getByRole('button', { name: 'Favorite' })).toHaveAttribute('aria-pressed', String(!wasFavorite))

    // Esc leaves the name as it was.
    await page.getByRole('button', { name: 'Edit name' }).click()
    await page.getByRole('textbox', { name: 'Name' }).fill('Not kept')
    await page.getByRole('textbox', { name: 'Name' }).press('Escape')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Weekly signups, renamed')
  })

  test('a name the API refuses shows its message and keeps the typed text', async ({ page }) => {
    const insight = await findInsight(page, 'FUNNELS')
    await openDetail(page, insight)
    const tooLong = 'n'.repeat(401)
    await page.getByRole('button', { name: 'Edit name' }).click()
    const name = page.getByRole('textbox', { name: 'Name' })
    await name.fill(tooLong)
    await name.press('Enter')
    await expect(page.getByText('Ensure this field has no more than 400 characters.')).toBeVisible()
    await expect(name).toHaveValue(tooLong)
    await expect(name).toHaveAttribute('aria-invalid', 'true')
    await expect(name).toBeFocused()
    expect((await fetchInsight(page, insight.short_id)).body.name).toBe(insight.name)
  })

  test('duplicate opens the copy', async ({ page }) => {
    const insight = await findInsight(page, 'RETENTION')
    await openDetail(page, insight)
    await page.getByRole('button', { name: 'Actions' }).click()
    await page.getByRole('menuitem', { name: 'Duplicate' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${displayName(insight)} (copy)`)
    await expect(page).not.toHaveURL(new RegExp(insight.short_id))
    const copyId = /insights\/([^/?]+)/.exec(page.url())?.[1] ?? ''
    const copy = await fetchInsight(page, copyId)
    expect(copy.status).toBe(200)
    expect(copy.body.id).not.toBe(insight.id)
  })

  test('download CSV saves the insight as PostHog exports it', async ({ page }) => {
    const insight = await findInsight(page, 'SQL')
    await openDetail(page, insight)
    await page.getByRole('button', { name: 'Actions' }).click()
    const download = page.waitForEvent('download')
    await page.getByRole('menuitem', { name: 'Download CSV' }).click()
    const file = await download
    expect(file.suggestedFilename()).toBe(`insight-${insight.short_id}.csv`)
    const path = await file.path()
    const { readFile } = await import('node:fs/promises')
    const text = await readFile(path, 'utf8')
    expect(text.split('\n')[0]).toContain('short_id')
    expect(text).toContain(insight.short_id)
  })

  test('copy link puts the address of the insight on the clipboard', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    const insight = await findInsight(page, 'PATHS')
    await openDetail(page, insight)
    await page.getByRole('button', { name: 'Actions' }).click()
    await page.getByRole('menuitem', { name: 'Copy link' }).click()
    await expect(page.getByText('Link copied')).toBeVisible()
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    expect(copied).toMatch(new RegExp(`/project/1/insights/${insight.short_id}$`))
  })

  test('a suggested name and description can be accepted', async ({ page }) => {
    const insight = await findInsight(page, 'TRENDS')
    await openDetail(page, insight)
    await page.getByRole('button', { name: 'Actions' }).click()
    await page.getByRole('menuitem', { name: 'Suggest name and description' }).click()
    const panel = page.getByRole('region', { name: 'Suggested name and description' })
    await expect(panel).toBeVisible()
    const suggested = (await panel.locator('dd').first().innerText()).trim()
    await panel.getByRole('button', { name: 'Accept suggestion' }).click()
    await expect(panel).toBeHidden()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(suggested)
    expect((await fetchInsight(page, insight.short_id)).body.name).toBe(suggested)
  })

  test('delete lands on the list without the insight, and Undo restores it onto its dashboards', async ({ page }) => {
    const insight = (await findInsights(page, 'TRENDS', 50)).find((candidate) => candidate.dashboards.length > 0)
    if (!insight) throw new Error('the mock has no trends insight on a dashboard')
    await openDetail(page, insight)
    await page.getByRole('button', { name: 'Actions' }).click()
    await page.getByRole('menuitem', { name: 'Delete' }).click()
    await expect(page).toHaveURL(/\/project\/1\/insights$/)
    await expect(page.getByText(`Deleted “${displayName(insight)}”`)).toBeVisible()
    await expect(page.getByRole('link', { name: displayName(insight), exact: true })).toHaveCount(0)
    expect((await fetchInsight(page, insight.short_id)).status).toBe(404)

    await page.getByRole('button', { name: 'Undo' }).click()
    await expect(page.getByText(`Restored “${displayName(insight)}”`)).toBeVisible()
    const restored = await fetchInsight(page, insight.short_id)
    expect(restored.status).toBe(200)
    // PostHog's soft delete takes an insight off its dashboards; Undo puts it back on them.
    expect(restored.body.dashboards).toEqual(insight.dashboards)
  })

  test('the Activity tab shows a rename with before and after', async ({ page }) => {
    const insight = await findInsight(page, 'STICKINESS')
    await openDetail(page, insight)
    await page.getByRole('button', { name: 'Edit name' }).click()
    await page.getByRole('textbox', { name: 'Name' }).fill('Stickiness renamed for history')
    await page.getByRole('textbox', { name: 'Name' }).press('Enter')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stickiness renamed for history')

    await page.getByRole('navigation', { name: 'Insight sections' }).getByRole('link', { name: 'Activity' }).click()
    await expect(page).toHaveURL(/\/activity$/)
    const newest = page
      .getByRole('listitem')
      .filter({ hasText: /updated name/ })
      .first()
    await expect(newest).toBeVisible()
    await expect(newest.locator('[data-diff-side="after"]')).toHaveText('After:Stickiness renamed for history')
    await expect(newest.locator('[data-diff-side="before"]')).toHaveText(`Before:${insight.name ?? '(empty)'}`)
    await expect(newest.locator('ins').first()).toBeVisible()
  })

  test('the Activity tab pages through a long history, newest first', async ({ page }) => {
    const insight = await findInsight(page, 'PATHS')
    await page.evaluate(async (id) => {
      for (let edit = 1; edit <= 12; edit++) {
        await fetch(`/api/projects/1/insights/${id}/`, {
          method: 'PATCH',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ description: `Edit number ${edit}` }),
        })
      }
    }, insight.short_id)
    await page.goto(`/project/1/insights/${insight.short_id}/activity`)
    const pages = page.getByRole('navigation', { name: 'Activity pages' })
    await expect(pages).toContainText(/Page 1 of 2 · 1\d entries/)
    await expect(page.getByRole('listitem').filter({ hasText: 'updated description' }).first()).toContainText('Edit number 12')
    await pages.getByRole('link', { name: 'Older' }).click()
    await expect(page).toHaveURL(/activity\?page=2$/)
    await expect(pages).toContainText('Page 2 of 2')
    await expect(page.getByRole('listitem').filter({ hasText: 'created' })).toHaveCount(1)
    await pages.getByRole('link', { name: 'Newer' }).click()
    await expect(page).toHaveURL(/activity$/)
  })

  test('the legend hides and shows series of a trends chart', async ({ page }) => {
    const insight = await findInsight(page, 'TRENDS')
    await openDetail(page, insight)
    const lines = page.locator('figure[data-chart-kind="TRENDS"] path.recharts-line-curve')
    const count = (insight.result as unknown[]).length
    await expect(lines).toHaveCount(count)
    const legend = page.getByRole('group', { name: 'Series shown in the chart' })
    const first = legend.getByRole('button').first()
    await expect(first).toHaveAttribute('aria-pressed', 'true')
    await first.press('Enter')
    await expect(first).toHaveAttribute('aria-pressed', 'false')
    await expect(lines).toHaveCount(count - 1)
    await first.click()
    await expect(lines).toHaveCount(count)
  })

  test('opening the page records one view, however often it renders', async ({ page }) => {
    const insight = await findInsight(page, 'TRENDS')
    const views: string[] = []
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().includes('/insights/viewed/')) views.push(request.postData() ?? '')
    })
    await openDetail(page, insight)
    await page.getByRole('navigation', { name: 'Insight sections' }).getByRole('link', { name: 'Activity' }).click()
    await page.getByRole('navigation', { name: 'Insight sections' }).getByRole('link', { name: 'Overview' }).click()
    await expect(page.locator('figure[data-chart-kind="TRENDS"]')).toBeVisible()
    expect(views).toEqual([JSON.stringify({ insight_ids: [insight.id] })])
  })

  test('refresh recomputes and shows the new refresh time', async ({ page }) => {
    const insight = await findInsight(page, 'TRENDS')
    await openDetail(page, insight)
    await expect(page.getByText('cached result, served from the cache')).toBeVisible()
    await page.getByRole('button', { name: 'Refresh', exact: true }).click()
    await expect(page.getByText(/Refreshed \d+ seconds? ago/)).toBeVisible()
    await expect(page.getByText('cached result, served from the cache')).toBeHidden()

    await page.getByRole('button', { name: 'Refresh options' }).click()
    await page.getByRole('menuitem', { name: 'Reload the cached result' }).click()
    await expect(page.getByText('cached result, served from the cache')).toBeVisible()
  })

  test('an unknown insight shows the not-found page with a way back', async ({ page }) => {
    await page.goto('/project/1/insights/nope0000')
    await expect(page.getByRole('heading', { level: 1, name: 'Insight not found' })).toBeVisible()
    await page.getByRole('link', { name: 'Back to insights' }).click()
    await expect(page).toHaveURL(/\/project\/1\/insights$/)
  })

  test('every tab passes axe, in light and dark', async ({ page, expectAccessible }) => {
    // Fourteen axe runs over charts in two themes: slow on a loaded machine.
    test.setTimeout(180_000)
    const insight = await findInsight(page, 'TRENDS')
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme })
      await openDetail(page, insight)
      await expect(page.locator('figure[data-chart-kind="TRENDS"] .recharts-line').first()).toBeVisible()
      await expectAccessible()
      await page.getByRole('button', { name: 'Show as table' }).click()
      await expect(page.getByRole('table')).toBeVisible()
      await expectAccessible()
      for (const tab of ['Sharing', 'Thresholds', 'Activity']) {
        await page.getByRole('navigation', { name: 'Insight sections' }).getByRole('link', { name: tab }).click()
        await expect(page.getByRole('navigation', { name: 'Insight sections' }).getByRole('link', { name: tab })).toHaveAttribute(
          'aria-current',
          'page',
        )
        await page.waitForLoadState('networkidle')
        await expectAccessible()
      }
    }
    // The other charts and the shaded retention grid draw their own text: it must stay readable in both themes.
    for (const kind of ['RETENTION', 'FUNNELS', 'PATHS'] as const) {
      const insight = await findInsight(page, kind)
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme })
        await openDetail(page, insight)
        await expect(page.getByRole('region', { name: 'Result', exact: true })).toBeVisible()
        if (kind !== 'RETENTION') await expect(page.locator(`figure[data-chart-kind="${kind}"] svg`).first()).toBeVisible()
        await expectAccessible()
      }
    }
    await page.goto('/project/1/insights/nope0000')
    await expect(page.getByRole('heading', { level: 1, name: 'Insight not found' })).toBeVisible()
    await expectAccessible()
  })

  test('long names and descriptions wrap inside a phone screen', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 })
    const insight = await findInsight(page, 'FUNNELS')
    await openDetail(page, insight)
    const long = `${'Averyveryverylongwordwithoutanyspaces'.repeat(4)} and more words`
    await page.getByRole('button', { name: 'Edit name' }).click()
    await page.getByRole('textbox', { name: 'Name' }).fill(long)
    await page.getByRole('textbox', { name: 'Name' }).press('Enter')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(long)
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect(overflow).toBeLessThanOrEqual(0)
  })

  test.describe('against a PostHog API', () => {
    /** Serves one insight (taken from the mock) from FAKE_HOST; `answer` may take over any request first. */
    async function serveInsight(page: Page, answer: (route: Route, path: string) => Promise<void> | null): Promise<ApiInsight> {
      const insight = await findInsight(page, 'FUNNELS')
      await answerAsPostHog(page, ({ pathname: path }, route) => {
        const custom = answer(route, path)
        if (custom) return custom
        if (path.endsWith('/insights/viewed/')) return fulfillJson(route, {})
        if (path.endsWith(`/insights/${insight.short_id}/`)) return fulfillJson(route, insight)
        return null
      })
      return insight
    }

    test('a failed load shows the error in place, and Try again recovers', async ({ page }) => {
      let failing = true
      const insight = await serveInsight(page, (route, path) =>
        failing && path.includes('/insights/') && route.request().method() === 'GET'
          ? fulfillJson(route, { type: 'server_error', code: 'error', detail: 'A server error occurred.', attr: null }, 500)
          : null,
      )
      await page.goto(`/project/1/insights/${insight.short_id}`)
      const alert = page.getByRole('alert')
      // Server errors are retried with backoff before they are shown.
      await expect(alert).toContainText('The server had a problem', { timeout: 20_000 })
      await expect(alert).toContainText('A server error occurred.')
      failing = false
      await alert.getByRole('button', { name: 'Try again' }).click()
      await expect(page.getByRole('heading', { level: 1 })).toContainText(displayName(insight))
    })

    test('leaving while a change is still being saved asks first; once it is saved, nothing asks', async ({ page }) => {
      let release = () => {}
      const held = new Promise<void>((resolve) => (release = resolve))
      const insight = await serveInsight(page, (route) =>
        route.request().method() === 'PATCH'
          ? held.then(() => fulfillJson(route, { ...insight, ...(route.request().postDataJSON() as object) }))
          : null,
      )
      await openDetail(page, insight)
      const dialogs: string[] = []
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.type())
        void dialog.dismiss()
      })
      await page.getByRole('button', { name: 'Favorite' }).click()
      await page.evaluate(() => setTimeout(() => location.reload()))
      await expect.poll(() => dialogs).toEqual(['beforeunload'])
      // Staying kept the page and its pending save, which now lands.
      release()
      // Reload once the page has the answer (its guard no longer objects), so the check below is not a race.
      const wouldAsk = () =>
        page.evaluate(() => {
          const leaving = new Event('beforeunload', { cancelable: true })
          dispatchEvent(leaving)
          return leaving.defaultPrevented
        })
      await expect.poll(wouldAsk).toBe(false)
      await expect(page.getByRole('button', { name: 'Favorite' })).toHaveAttribute('aria-pressed', String(!insight.favorited))
      await page.reload()
      await expect(page.getByRole('heading', { level: 1 })).toContainText(displayName(insight))
      expect(dialogs).toEqual(['beforeunload'])
    })

    test('a read-only key turns editing off with the reason', async ({ page }) => {
      const insight = await serveInsight(page, (route) =>
        route.request().method() === 'PATCH'
          ? fulfillJson(
              route,
              {
                type: 'authentication_error',
                code: 'permission_denied',
                detail: "API key missing required scope 'insight:write'",
                attr: null,
              },
              403,
            )
          : null,
      )
      await openDetail(page, insight)
      await page.getByRole('button', { name: 'Favorite' }).click()
      await expect(page.getByText(/Editing is off\. .*lacks the 'insight:write' scope/)).toBeVisible()
      await expect(page.getByRole('button', { name: 'Edit name' })).toBeDisabled()
      await expect(page.getByRole('button', { name: 'Favorite' })).toHaveAttribute('aria-pressed', String(insight.favorited))
      await page.getByRole('button', { name: 'Actions' }).click()
      await expect(page.getByRole('menuitem', { name: 'Delete' })).toHaveAttribute('aria-disabled', 'true')
      await expect(page.getByRole('menuitem', { name: 'Download CSV' })).not.toHaveAttribute('aria-disabled', 'true')
    })
  })
})
