import type { Page } from '@playwright/test'
import { answerAsPostHog, fulfillJson, pageOf } from './api-routes'
import { test, expect } from './fixtures'

/*
 * The Thresholds tab against the in-browser mock. Insights and thresholds are found through the API from the page
 * (the mock's service worker answers there), and the expected wording and breaches are worked out here from the
 * API's answers, independently of the app's own code.
 */

interface Bounds {
  lower?: number | null
  upper?: number | null
}
interface ApiThreshold {
  id: string
  name: string
  created_at: string
  configuration: { type: 'absolute' | 'percentage'; bounds?: Bounds | null }
}
interface InsightThresholds {
  shortId: string
  count: number
  thresholds: ApiThreshold[]
}
interface ApiSeries {
  data: number[]
  labels: string[]
}

/** Every trends insight of project 1 with its thresholds (newest first, as the API lists them). */
async function trendsInsightsWithThresholds(page: Page): Promise<InsightThresholds[]> {
  await page.goto('/project/1/insights')
  await expect(page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible()
  return page.evaluate(async () => {
    const list = (await (await fetch('/api/projects/1/insights/?insight=TRENDS&basic=true&limit=1000')).json()) as {
      results: { short_id: string }[]
    }
    return Promise.all(
      list.results.map(async ({ short_id }) => {
        const page = (await (await fetch(`/api/projects/1/insights/${short_id}/thresholds/?limit=100`)).json()) as {
          count: number
          results: ApiThreshold[]
        }
        return { shortId: short_id, count: page.count, thresholds: page.results }
      }),
    )
  })
}

async function firstSeries(page: Page, shortId: string): Promise<ApiSeries> {
  const insight = await page.evaluate(
    async (id) => (await (await fetch(`/api/projects/1/insights/${id}/`)).json()) as { result: ApiSeries[] },
    shortId,
  )
  const series = insight.result[0]
  if (!series) throw new Error(`insight ${shortId} has no series`)
  return series
}

const plain = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 2 })
const percent = (fraction: number) => `${(Math.abs(fraction) * 100).toLocaleString('en-US', { maximumFractionDigits: 2 })}%`
const sides = (bounds: Bounds | null | undefined) => ({ lower: bounds?.lower ?? null, upper: bounds?.upper ?? null })

/** The sentence a person would say for a threshold; the mock's percentage bounds are a negative lower and a positive upper. */
function expectedWording({ type, bounds }: ApiThreshold['configuration']): string {
  const { lower, upper } = sides(bounds)
  if (type === 'absolute') {
    const clauses = [lower === null ? '' : `below ${plain(lower)}`, upper === null ? '' : `above ${plain(upper)}`]
    return `Alert when ${clauses.filter(Boolean).join(' or ')}`
  }
  if (lower !== null && upper !== null && lower === -upper) return `Alert when it changes by more than ±${percent(upper)}`
  const clauses = [
    lower === null ? '' : `drops by more than ${percent(lower)}`,
    upper === null ? '' : `rises by more than ${percent(upper)}`,
  ]
  return `Alert when it ${clauses.filter(Boolean).join(' or ')}`
}

interface ExpectedBreach {
  label: string
  value: number
  side: 'lower' | 'upper'
}

/** PostHog's rule: strictly past a bound; percentage thresholds compare the change from the previous point. */
function expectedBreaches({ type, bounds }: ApiThreshold['configuration'], series: ApiSeries): ExpectedBreach[] {
  const { lower, upper } = sides(bounds)
  const breaches: ExpectedBreach[] = []
  series.data.forEach((value, index) => {
    let compared = value
    if (type === 'percentage') {
      if (index === 0) return
      const previous = series.data[index - 1] ?? 0
      compared = previous === 0 ? (value === 0 ? 0 : value > 0 ? Infinity : -Infinity) : (value - previous) / previous
    }
    const label = series.labels[index] ?? ''
    if (lower !== null && compared < lower) breaches.push({ label, value, side: 'lower' })
    else if (upper !== null && compared > upper) breaches.push({ label, value, side: 'upper' })
  })
  return breaches
}

function pick<T>(items: readonly T[], predicate: (item: T) => boolean, what: string): T {
  const found = items.find(predicate)
  if (!found) throw new Error(`the mock has no ${what}`)
  return found
}

const isTwoSided = (threshold: ApiThreshold) => {
  const { lower, upper } = sides(threshold.configuration.bounds)
  return lower !== null && upper !== null
}

async function expectListShows(page: Page, insight: InsightThresholds): Promise<void> {
  await page.goto(`/project/1/insights/${insight.shortId}/thresholds`)
  await expect(page.getByRole('heading', { level: 2, name: 'Thresholds' })).toBeVisible()
  const rows = page.getByRole('table').getByRole('row')
  await expect(rows).toHaveCount(insight.thresholds.length + 1)
  for (const [index, threshold] of insight.thresholds.entries()) {
    const row = rows.nth(index + 1)
    await expect(row.getByRole('rowheader')).toHaveText(threshold.name)
    await expect(row.getByRole('cell').nth(0)).toHaveText(
      threshold.configuration.type === 'absolute' ? 'Absolute value' : 'Percentage change',
    )
    await expect(row.getByRole('cell').nth(1)).toHaveText(expectedWording(threshold.configuration))
  }
}

test.describe('thresholds tab', () => {
  // Each test first reads every trends insight's thresholds through the mock to pick its cases, which takes a while.
  test.describe.configure({ timeout: 60_000 })

  test('lists thresholds in words: absolute and percentage, one- and two-sided', async ({ page, expectAccessible }) => {
    const insights = await trendsInsightsWithThresholds(page)
    const withAny = insights.filter((insight) => insight.count > 0)
    const cases = [
      pick(
        withAny,
        (i) => i.thresholds.some((t) => t.configuration.type === 'absolute' && isTwoSided(t)),
        'two-sided absolute threshold',
      ),
      pick(
        withAny,
        (i) => i.thresholds.some((t) => t.configuration.type === 'absolute' && !isTwoSided(t)),
        'one-sided absolute threshold',
      ),
      pick(
        withAny,
        (i) => i.thresholds.some((t) => t.configuration.type === 'percentage' && isTwoSided(t)),
        'two-sided percentage threshold',
      ),
      pick(
        withAny,
        (i) => i.thresholds.some((t) => t.configuration.type === 'percentage' && !isTwoSided(t)),
        'one-sided percentage threshold',
      ),
    ]
    for (const insight of cases) await expectListShows(page, insight)
    await expectAccessible()
  })

  test('the Overview chart of a trends insight links to its thresholds', async ({ page }) => {
    const insights = await trendsInsightsWithThresholds(page)
    const insight = pick(insights, (i) => i.count >= 2, 'insight with two thresholds')
    await page.goto(`/project/1/insights/${insight.shortId}`)
    const link = page.getByRole('link', { name: `See its ${insight.count} thresholds and where the data crosses them` })
    await link.click()
    await expect(page).toHaveURL(new RegExp(`/insights/${insight.shortId}/thresholds$`))
    await expect(page.getByRole('heading', { level: 2, name: 'Thresholds' })).toBeVisible()
  })

  test('the insights list marks insights that have alerts with a bell', async ({ page, expectAccessible }) => {
    await page.goto('/project/1/insights?pageSize=100')
    await expect(page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible()
    const expected = await page.evaluate(async () => {
      const alerts = (await (await fetch('/api/projects/1/alerts/?limit=1000')).json()) as {
        results: { insight: { id: number } }[]
      }
      const withAlerts = new Set(alerts.results.map((alert) => alert.insight.id))
      const rows = (await (await fetch('/api/projects/1/insights/?order=-last_modified_at&limit=100&basic=true')).json()) as {
        results: { id: number; name: string | null }[]
      }
      return rows.results.map((row) => ({ name: row.name, bell: withAlerts.has(row.id) }))
    })
    // Rows picked by name must be the only row with that name (no other name contains it either).
    const named = expected.filter(
      (row) => row.name && expected.filter((other) => other.name?.includes(row.name ?? '')).length === 1,
    )
    const withBell = pick(named, (row) => row.bell, 'listed insight with alerts')
    const without = pick(named, (row) => !row.bell, 'listed insight without alerts')
    const table = page.getByRole('table')
    await expect(table.getByRole('img', { name: 'Has alerts' })).toHaveCount(expected.filter((row) => row.bell).length)
    await expect(
      table
        .getByRole('row')
        .filter({ hasText: withBell.name ?? '' })
        .first()
        .getByRole('img', { name: 'Has alerts' }),
    ).toBeVisible()
    await expect(
      table
        .getByRole('row')
        .filter({ hasText: without.name ?? '' })
        .first()
        .getByRole('img', { name: 'Has alerts' }),
    ).toHaveCount(0)
    await expectAccessible()
  })

  test('pages through thresholds with limit and offset in the URL', async ({ page }) => {
    const insights = await trendsInsightsWithThresholds(page)
    const insight = pick(insights, (i) => i.count >= 2, 'insight with two thresholds')
    const [first, second] = insight.thresholds
    if (!first || !second) throw new Error('expected two thresholds')
    const base = `/project/1/insights/${insight.shortId}/thresholds`

    await page.goto(`${base}?limit=1`)
    const rows = page.getByRole('table').getByRole('row')
    await expect(rows).toHaveCount(2)
    await expect(rows.nth(1).getByRole('rowheader')).toHaveText(first.name)
    const pages = page.getByRole('navigation', { name: 'Threshold pages' })
    await expect(pages.getByText(`1–1 of ${insight.count}`)).toBeVisible()
    await expect(pages.locator('[aria-current="page"]')).toHaveText('Page 1')
    await expect(pages.getByRole('link', { name: 'Previous' })).toHaveCount(0)

    await pages.getByRole('link', { name: 'Next' }).click()
    await expect(page).toHaveURL(new RegExp(`${base}\\?limit=1&offset=1$`))
    await expect(rows.nth(1).getByRole('rowheader')).toHaveText(second.name)
    await expect(pages.getByText(`2–2 of ${insight.count}`)).toBeVisible()
    await expect(pages.locator('[aria-current="page"]')).toHaveText('Page 2')

    await page.goBack()
    await expect(page).toHaveURL(new RegExp(`${base}\\?limit=1$`))
    await expect(rows.nth(1).getByRole('rowheader')).toHaveText(first.name)

    // A page past the end says so and leads back to the first.
    await page.goto(`${base}?offset=40`)
    await page.getByRole('link', { name: 'Go to the first page' }).click()
    await expect(rows).toHaveCount(insight.thresholds.length + 1)

    // Junk in the URL falls back to the defaults instead of failing.
    await page.goto(`${base}?limit=abc&offset=-4`)
    await expect(rows).toHaveCount(insight.thresholds.length + 1)
  })

  test('explains thresholds when an insight has none', async ({ page, expectAccessible }) => {
    const insights = await trendsInsightsWithThresholds(page)
    const insight = pick(insights, (i) => i.count === 0, 'trends insight without thresholds')
    await page.goto(`/project/1/insights/${insight.shortId}/thresholds`)
    await expect(page.getByText('No thresholds on this insight')).toBeVisible()
    await expect(page.getByText(/A threshold is the range an alert keeps/)).toBeVisible()
    await expectAccessible()
  })

  for (const type of ['absolute', 'percentage'] as const) {
    test(`detail of a ${type} threshold lists the breaches the data implies`, async ({ page, expectAccessible }) => {
      const insights = await trendsInsightsWithThresholds(page)
      const candidates = insights.flatMap((insight) =>
        insight.thresholds.filter((t) => t.configuration.type === type).map((threshold) => ({ insight, threshold })),
      )
      let chosen: { shortId: string; threshold: ApiThreshold; breaches: ExpectedBreach[] } | null = null
      for (const { insight, threshold } of candidates) {
        const breaches = expectedBreaches(threshold.configuration, await firstSeries(page, insight.shortId))
        if (breaches.length > 0) {
          chosen = { shortId: insight.shortId, threshold, breaches }
          break
        }
      }
      if (!chosen) throw new Error(`the mock has no ${type} threshold that is breached`)

      await page.goto(`/project/1/insights/${chosen.shortId}/thresholds`)
      await page
        .getByRole('table')
        .getByRole('row')
        .filter({ hasText: expectedWording(chosen.threshold.configuration) })
        .first()
        .getByRole('link')
        .click()
      await expect(page).toHaveURL(new RegExp(`/thresholds/${chosen.threshold.id}$`))
      await expect(page.getByRole('heading', { level: 2, name: chosen.threshold.name })).toBeVisible()
      await expect(page).toHaveTitle(`${chosen.threshold.name} · Insight Desk`)
      await expect(page.getByText(expectedWording(chosen.threshold.configuration), { exact: true })).toBeVisible()

      const count = chosen.breaches.length
      await expect(page.getByRole('heading', { name: `Breaches (${count})` })).toBeVisible()
      // The chart is drawn (recharts loads lazily) and says how many points breach.
      await expect(page.getByRole('img', { name: new RegExp(`; ${count} points? outside the bounds\\.$`) })).toBeVisible()
      await expect(page.locator('.recharts-surface')).toBeVisible()
      if (type === 'percentage') {
        await expect(page.getByRole('heading', { name: /^Change from the previous \w+, against the bounds$/ })).toBeVisible()
      }

      const rows = page.getByRole('table', { name: 'Points outside the bounds' }).getByRole('row')
      await expect(rows).toHaveCount(count + 1)
      for (const [index, breach] of chosen.breaches.entries()) {
        const row = rows.nth(index + 1)
        await expect(row.getByRole('rowheader')).toHaveText(breach.label)
        await expect(row.getByRole('cell').first()).toHaveText(plain(breach.value))
        await expect(row).toContainText(breach.side === 'lower' ? 'Below lower bound' : 'Above upper bound')
      }

      // The chart's table alternative holds every point, breaching or not.
      const series = await firstSeries(page, chosen.shortId)
      await page.getByText('Show the chart’s numbers as a table').click()
      const points = page.getByRole('region', { name: /^Every point of / }).getByRole('row')
      await expect(points).toHaveCount(series.data.length + 1)
      await expect(points.filter({ hasText: /Below lower bound|Above upper bound/ })).toHaveCount(count)
      await expectAccessible()
    })
  }

  test('another series of the insight can be held against the threshold, kept in the URL', async ({ page, expectAccessible }) => {
    const insights = await trendsInsightsWithThresholds(page)
    let chosen: { shortId: string; threshold: ApiThreshold; series: ApiSeries[] } | null = null
    for (const insight of insights.filter((i) => i.count > 0)) {
      const result = await page.evaluate(
        async (id) => ((await (await fetch(`/api/projects/1/insights/${id}/`)).json()) as { result: ApiSeries[] }).result,
        insight.shortId,
      )
      const threshold = insight.thresholds[0]
      if (threshold && result.length > 1) {
        chosen = { shortId: insight.shortId, threshold, series: result }
        break
      }
    }
    if (!chosen) throw new Error('the mock has no multi-series trends insight with a threshold')
    const [, second] = chosen.series
    if (!second) throw new Error('expected a second series')

    await page.goto(`/project/1/insights/${chosen.shortId}/thresholds/${chosen.threshold.id}`)
    await page.getByRole('combobox', { name: 'Series' }).selectOption({ index: 1 })
    await expect(page).toHaveURL(/\?series=1$/)
    const count = expectedBreaches(chosen.threshold.configuration, second).length
    await expect(page.getByRole('heading', { name: `Breaches (${count})` })).toBeVisible()

    // Dark mode keeps the chart, band and tables legible.
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.reload()
    await expect(page.getByRole('heading', { name: `Breaches (${count})` })).toBeVisible()
    await expect(page.locator('.recharts-surface')).toBeVisible()
    await expectAccessible()
  })

  test('an unknown threshold id is a not-found state within the tab', async ({ page, expectAccessible }) => {
    const insights = await trendsInsightsWithThresholds(page)
    const insight = pick(insights, (i) => i.count > 0, 'insight with thresholds')
    await page.goto(`/project/1/insights/${insight.shortId}/thresholds/00000000-0000-4000-8000-000000000000`)
    await expect(page.getByRole('heading', { level: 2, name: 'Threshold not found' })).toBeVisible()
    await expect(page.getByRole('navigation', { name: 'Insight sections' })).toBeVisible()
    await expectAccessible()
    await page.getByRole('link', { name: 'See this insight’s thresholds' }).click()
    await expect(page.getByRole('table').getByRole('row')).toHaveCount(insight.thresholds.length + 1)
  })

  test('a threshold on an insight that is not a trends insight says why nothing is drawn', async ({ page }) => {
    await page.goto('/project/1/insights')
    await expect(page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible()
    // PostHog allows alerts on trends insights only (AlertSerializer), so the demo has none elsewhere. Its insight
    // PATCH does not look at alerts, though, so a trends insight with a threshold can become a funnel afterwards:
    // done here through the API, as another client would.
    const found = await page.evaluate(async () => {
      const get = async (path: string) => (await fetch(`/api/projects/1/${path}`)).json() as Promise<Record<string, unknown>>
      const trends = (await get('insights/?insight=TRENDS&basic=true&limit=1000')) as {
        results: { id: number; short_id: string }[]
      }
      for (const insight of trends.results) {
        const thresholds = (await get(`insights/${insight.id}/thresholds/`)) as { results: { id: string }[] }
        const threshold = thresholds.results[0]
        if (!threshold) continue
        const funnel = {
          kind: 'InsightVizNode',
          source: {
            kind: 'FunnelsQuery',
            series: [
              { kind: 'EventsNode', event: 'signed_up' },
              { kind: 'EventsNode', event: 'video_played' },
            ],
          },
        }
        const patched = await fetch(`/api/projects/1/insights/${insight.id}/`, {
          method: 'PATCH',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ query: funnel }),
        })
        return { shortId: insight.short_id, thresholdId: threshold.id, status: patched.status }
      }
      return null
    })
    if (!found) throw new Error('the mock has no trends insight with a threshold')
    expect(found.status).toBe(200)
    await page.goto(`/project/1/insights/${found.shortId}/thresholds/${found.thresholdId}`)
    await expect(page.getByText(/PostHog checks alerts against the series of a trends insight\. This is a funnel/)).toBeVisible()
  })
})

test.describe('thresholds tab against an API that fails', () => {
  const insight = {
    id: 41,
    short_id: 'thr00001',
    name: 'Signups',
    derived_name: null,
    query: { kind: 'InsightVizNode', source: { kind: 'TrendsQuery', series: [{ kind: 'EventsNode', event: 'signup' }] } },
    dashboards: [],
    description: null,
    tags: [],
    favorited: false,
    saved: true,
    deleted: false,
    created_at: '2026-01-01T00:00:00Z',
    created_by: null,
    last_modified_at: '2026-01-01T00:00:00Z',
    last_modified_by: null,
    last_refresh: null,
    order: null,
    result: [],
    columns: null,
    is_cached: true,
    timezone: 'UTC',
  }
  const threshold: ApiThreshold = {
    id: '5f0c1a8e-0000-4000-8000-000000000001',
    name: 'Signup floor',
    created_at: '2026-02-01T00:00:00Z',
    configuration: { type: 'absolute', bounds: { lower: 120, upper: 400 } },
  }

  test('shows the error in place and Retry loads the list', async ({ page }) => {
    let failing = true
    await answerAsPostHog(page, (url, route) => {
      if (url.pathname === `/api/projects/1/insights/${insight.short_id}/`) return fulfillJson(route, insight)
      if (url.pathname === `/api/projects/1/insights/${insight.short_id}/thresholds/`) {
        if (failing)
          return fulfillJson(route, { type: 'server_error', code: 'error', detail: 'A server error occurred.', attr: null }, 500)
        return fulfillJson(route, pageOf([threshold]))
      }
      return null
    })

    await page.goto(`/project/1/insights/${insight.short_id}/thresholds`)
    // The client retries a 5xx a few times before giving up, so the error takes a moment.
    const alert = page.getByRole('alert').filter({ hasText: 'The server had a problem' })
    await expect(alert).toBeVisible({ timeout: 20_000 })
    await expect(page.getByRole('navigation', { name: 'Insight sections' })).toBeVisible()

    failing = false
    await alert.getByRole('button', { name: 'Retry' }).click()
    await expect(page.getByRole('table').getByRole('row').nth(1).getByRole('rowheader')).toHaveText(threshold.name)
    await expect(page.getByRole('cell', { name: 'Alert when below 120 or above 400' })).toBeVisible()
  })
})
