import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'

/*
 * Every view PostHog has for an insight, on the demo's own insights: the mock seeds one of each trends display and
 * funnel view and a few insights saved by an older PostHog (filters, no query). Insights are found through the API,
 * by what they are, never by hard-coded ids.
 */

interface ApiInsight {
  short_id: string
  name: string | null
  derived_name: string | null
  query: {
    source?: {
      trendsFilter?: { display?: string }
      funnelsFilter?: { funnelVizType?: string }
      compareFilter?: { compare?: boolean }
    }
  } | null
  filters?: { insight?: string } | null
}

async function findInsight(page: Page, type: string, matches: (insight: ApiInsight) => boolean): Promise<ApiInsight> {
  if (!page.url().includes('/project/')) {
    await page.goto('/project/1/insights')
    await expect(page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible()
  }
  const list = await page.evaluate(
    (kind) =>
      fetch(`/api/projects/1/insights/?insight=${kind}&limit=1000&basic=true`).then(
        (response) => response.json() as Promise<{ results: ApiInsight[] }>,
      ),
    type,
  )
  const found = list.results.find(matches)
  if (!found) throw new Error(`the demo has no such ${type} insight`)
  return found
}

const displayOf = (insight: ApiInsight) => insight.query?.source?.trendsFilter?.display
const vizOf = (insight: ApiInsight) => insight.query?.source?.funnelsFilter?.funnelVizType

async function open(page: Page, insight: ApiInsight): Promise<void> {
  await page.goto(`/project/1/insights/${insight.short_id}`)
  await expect(page.getByRole('region', { name: 'Result', exact: true })).toBeVisible()
}

async function showAsTable(page: Page, table: RegExp): Promise<void> {
  await page.getByRole('button', { name: 'Show as table' }).click()
  await expect(page.getByRole('table', { name: table }).getByRole('row').nth(1)).toBeVisible()
}

test.describe('insight charts, as PostHog draws them', () => {
  for (const [display, figure, drawn] of [
    ['ActionsLineGraphCumulative', /^Cumulative line chart of/, '.recharts-line'],
    ['ActionsAreaGraph', /^Area chart of/, '.recharts-area'],
    ['ActionsBarValue', /^Bar chart by value of/, '.recharts-bar-rectangle'],
    ['ActionsPie', /^Pie chart of/, '.recharts-pie-sector'],
  ] as const) {
    test(`a trends insight saved as ${display}`, async ({ page }) => {
      await open(page, await findInsight(page, 'TRENDS', (insight) => displayOf(insight) === display))
      const chart = page.getByRole('figure', { name: figure })
      await expect(chart.locator(drawn).first()).toBeVisible()
      await showAsTable(page, /^Trends result of/)
    })
  }

  test('a big number with its comparison to the previous period', async ({ page, expectAccessible }) => {
    const compared = (insight: ApiInsight) =>
      displayOf(insight) === 'BoldNumber' && insight.query?.source?.compareFilter?.compare === true
    await open(page, await findInsight(page, 'TRENDS', compared))
    const figure = page.getByRole('figure', { name: /^Number of/ })
    await expect(figure.getByText(/(increase|decrease|No change) from the previous period/)).toBeVisible()
    await expectAccessible()
    await showAsTable(page, /^Trends result of/)
    await expect(page.getByRole('table').getByRole('row')).toHaveCount(3)
  })

  test('the table display and the world map show a table of values', async ({ page }) => {
    await open(page, await findInsight(page, 'TRENDS', (insight) => displayOf(insight) === 'ActionsTable'))
    await expect(page.getByRole('figure', { name: /^Table of/ }).getByRole('table')).toBeVisible()
    await open(page, await findInsight(page, 'TRENDS', (insight) => displayOf(insight) === 'WorldMap'))
    const map = page.getByRole('figure', { name: /^World map of/ })
    await expect(map.getByRole('columnheader', { name: 'Country' })).toBeVisible()
    await expect(map.getByRole('rowheader', { name: /United States \(US\)/ })).toBeVisible()
  })

  test('funnel time to convert and historical trends', async ({ page, expectAccessible }) => {
    await open(page, await findInsight(page, 'FUNNELS', (insight) => vizOf(insight) === 'time_to_convert'))
    await expect(
      page
        .getByRole('figure', { name: /^Time to convert of/ })
        .locator('.recharts-bar-rectangle')
        .first(),
    ).toBeVisible()
    await expect(page.getByText(/^Average time to convert: /)).toBeVisible()
    await expectAccessible()
    await showAsTable(page, /^Funnel result of/)
    await open(page, await findInsight(page, 'FUNNELS', (insight) => vizOf(insight) === 'trends'))
    await expect(
      page
        .getByRole('figure', { name: /^Historical trends of/ })
        .locator('.recharts-line')
        .first(),
    ).toBeVisible()
    await showAsTable(page, /^Funnel result of .*conversion rate/)
  })

  const legacy = (kind: string) => (insight: ApiInsight) => insight.query === null && insight.filters?.insight === kind
  for (const [kind, figure, drawn] of [
    ['TRENDS', /^Line chart of/, '.recharts-line'],
    ['FUNNELS', /^Funnel chart of/, '.recharts-bar-rectangle'],
    ['LIFECYCLE', /^Lifecycle chart of/, '.recharts-bar-rectangle'],
    ['STICKINESS', /^Stickiness chart of/, '.recharts-line'],
  ] as const) {
    test(`a ${kind.toLowerCase()} insight saved by an older PostHog (filters, no query) is drawn by its filters`, async ({
      page,
    }) => {
      await open(page, await findInsight(page, kind, legacy(kind)))
      await expect(page.getByRole('figure', { name: figure }).locator(drawn).first()).toBeVisible()
    })
  }

  test('a retention insight saved by an older PostHog shows its cohorts', async ({ page }) => {
    await open(page, await findInsight(page, 'RETENTION', legacy('RETENTION')))
    await expect(page.getByRole('table', { name: /^Retention result of/ })).toBeVisible()
  })
})
