import fc from 'fast-check'
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'

/*
 * Bad input from the outside world: random search params on every route (hand-edited, truncated or hostile links),
 * and names and descriptions far longer and stranger than the seed data's.
 */

/** The seed is deterministic, so these ids are the same in every fresh browser context. */
interface SeedIds {
  shortId: string
  insightId: number
  thresholdPath: string
}

/** Every route, with the search keys its pages read (random keys are added too). Add new routes here. */
const routes: { name: string; path: (ids: SeedIds) => string; keys: string[] }[] = [
  { name: 'start page', path: () => '/', keys: [] },
  { name: 'project home', path: () => '/project/1', keys: ['days'] },
  {
    name: 'insights list',
    path: () => '/project/1/insights',
    keys: [
      'tab',
      'search',
      'type',
      'createdBy',
      'tags',
      'dashboards',
      'saved',
      'modifiedFrom',
      'viewedTo',
      'order',
      'page',
      'pageSize',
    ],
  },
  { name: 'insight overview', path: (ids) => `/project/1/insights/${ids.shortId}`, keys: ['display', 'table'] },
  { name: 'insight activity', path: (ids) => `/project/1/insights/${ids.shortId}/activity`, keys: ['page'] },
  { name: 'insight sharing', path: (ids) => `/project/1/insights/${ids.shortId}/sharing`, keys: [] },
  { name: 'thresholds', path: (ids) => `/project/1/insights/${ids.shortId}/thresholds`, keys: ['limit', 'offset'] },
  { name: 'threshold detail', path: (ids) => ids.thresholdPath, keys: ['series'] },
  { name: 'project activity', path: () => '/project/1/activity', keys: ['user', 'activity', 'page'] },
  { name: 'tags', path: () => '/project/1/tags', keys: ['q', 'sort'] },
  {
    name: 'elements',
    path: () => '/project/1/elements',
    keys: ['tag_name', 'text', 'href', 'selector', 'rageclicks', 'deadclicks'],
  },
  { name: 'settings', path: () => '/settings', keys: [] },
  { name: 'shared viewer', path: () => '/shared/not-a-real-token', keys: ['embedded'] },
]

const hostile = fc.constantFrom(
  '%E0%A4%A',
  '%',
  '%00',
  '[1,"x",{"a":',
  '{"__proto__":{"polluted":1}}',
  '1e309',
  '-1',
  '9007199254740993',
  'NaN',
  'null',
  '[]',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '🚀'.repeat(50),
  'مرحبا بالعالم',
  'שלום עולם',
  'x'.repeat(3000),
)

/** A value as a careless link would carry it: encoded or not, JSON or not. */
const rawValue = fc.oneof(
  hostile,
  fc.string({ maxLength: 30 }).map(encodeURIComponent),
  fc.string({ unit: 'grapheme', maxLength: 20 }).map(encodeURIComponent),
  fc.jsonValue({ maxDepth: 2 }).map((value) => encodeURIComponent(JSON.stringify(value) ?? 'null')),
  fc.integer().map(String),
)

function searchString(keys: string[]): fc.Arbitrary<string> {
  const key = keys.length
    ? fc.oneof(fc.constantFrom(...keys), fc.string({ minLength: 1, maxLength: 6 }))
    : fc.string({ minLength: 1, maxLength: 6 })
  return fc
    .array(fc.tuple(key.map(encodeURIComponent), rawValue), { minLength: 1, maxLength: 6 })
    .map((pairs) => pairs.map(([name, value]) => `${name}=${value}`).join('&'))
}

async function seedIds(page: Page): Promise<SeedIds> {
  await page.goto('/project/1/insights')
  await expect(page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible()
  return page.evaluate(async () => {
    const get = (path: string) =>
      fetch(`/api/projects/1/${path}`).then((r) => r.json() as Promise<{ results: { id: number; short_id: string }[] }>)
    const insights = await get('insights/?limit=100')
    const first = insights.results[0]
    if (!first) throw new Error('no insights')
    for (const insight of insights.results) {
      const thresholds = await get(`insights/${insight.id}/thresholds/`)
      const threshold = thresholds.results[0]
      if (threshold)
        return {
          shortId: first.short_id,
          insightId: first.id,
          thresholdPath: `/project/1/insights/${insight.short_id}/thresholds/${threshold.id}`,
        }
    }
    throw new Error('no thresholds in the seed')
  })
}

/** The page shows something real: a main landmark with content, no error boundary, no uncaught error. */
async function expectPageSurvives(page: Page, url: string, pageErrors: string[]): Promise<void> {
  const response = await page.goto(url)
  expect(response?.status(), url).toBeLessThan(400)
  const main = page.getByRole('main')
  await expect(main, url).toContainText(/\S/)
  await page.waitForLoadState('networkidle')
  await expect(main, url).toContainText(/\S/)
  await expect(page.getByText('Something went wrong'), url).toHaveCount(0)
  expect(pageErrors, url).toEqual([])
}

test.describe('random search params on every route', () => {
  let ids: SeedIds
  test.beforeAll(async ({ browser }) => {
    const context = await browser.newContext()
    await context.addInitScript(() => localStorage.setItem('insight-desk:mock-latency', '0'))
    ids = await seedIds(await context.newPage())
    await context.close()
  })

  // Two halves, one per CI worker; one page per half, so the mock's service worker installs once.
  for (const half of [0, 1]) {
    const share = routes.filter((_, index) => index % 2 === half)
    test(`${share.map((route) => route.name).join(', ')}: never a crash or a blank page`, async ({ page }) => {
      test.slow()
      const pageErrors: string[] = []
      page.on('pageerror', (error) => pageErrors.push(error.message))
      for (const route of share) {
        const base = route.path(ids)
        // Few runs per route keep the spec near a minute on CI; fast-check prints the seed of any failure to replay it.
        await fc.assert(
          fc.asyncProperty(searchString(route.keys), async (search) => expectPageSurvives(page, `${base}?${search}`, pageErrors)),
          { numRuns: 2, endOnFailure: true },
        )
      }
    })
  }
})

test.describe('long, emoji and right-to-left text', () => {
  const arabic = 'مرحبا بالعالم، هذا اختبار للنص العربي الطويل '
  const hebrew = 'שלום עולם, זהו מבחן לטקסט עברי ארוך '
  const emoji = '🚀📈👩🏽‍💻🇺🇦 '
  const unbroken = 'Conversion_rate_by_country_and_device_'.repeat(4)
  const mixed = (start: string) => (start + arabic + hebrew + emoji + unbroken).repeat(300)
  /** Cut at a code point, within PostHog's limit in UTF-16 units, so no emoji is split in half. */
  const upTo = (text: string, units: number) => {
    let result = ''
    for (const character of text) {
      if (result.length + character.length > units) break
      result += character
    }
    return result
  }

  async function noHorizontalOverflow(page: Page): Promise<void> {
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    }))
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth)
  }

  test('names and descriptions at the 400-character limit, in any script, keep every layout within the page', async ({
    page,
    expectAccessible,
  }) => {
    test.slow()
    await page.goto('/project/1/insights')
    await expect(page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible()
    const name = upTo(mixed('مقياس '), 400)
    const description = upTo(mixed('Description '), 400)
    const tags = ['🚀 launch', 'עברית', 'عربي']
    const created = await page.evaluate(
      async ([insightName, insightDescription, insightTags]) => {
        const response = await fetch('/api/projects/1/insights/', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({
            name: insightName,
            description: insightDescription,
            tags: insightTags,
            query: {
              kind: 'InsightVizNode',
              source: { kind: 'TrendsQuery', series: [{ kind: 'EventsNode', event: '$pageview' }] },
            },
          }),
        })
        return { status: response.status, body: (await response.json()) as { short_id: string; name: string } }
      },
      [name, description, tags] as const,
    )
    expect(created.status).toBe(201)
    expect(created.body.name).toBe(name)

    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 800 })
      await page.goto('/project/1/insights')
      const link = page.getByRole('link', { name: name.slice(0, 40) })
      await expect(link).toBeVisible()
      await expect(link).toHaveAttribute('dir', 'auto')
      await expect(page.locator('p[dir="auto"]', { hasText: description.slice(0, 30) }).first()).toBeVisible()
      await noHorizontalOverflow(page)

      await page.getByRole('button', { name: 'Card view' }).click()
      await expect(page.getByRole('link', { name: name.slice(0, 40) })).toBeVisible()
      await noHorizontalOverflow(page)
      await page.getByRole('button', { name: 'Table view' }).click()

      await page.goto(`/project/1/insights/${created.body.short_id}`)
      const heading = page.getByRole('heading', { level: 1 })
      await expect(heading.locator('[dir="auto"]')).toHaveText(name)
      await expect(page.locator('p[dir="auto"]')).toHaveText(description)
      for (const tag of tags) await expect(page.getByRole('main').getByText(tag, { exact: true }).first()).toBeVisible()
      await noHorizontalOverflow(page)
    }
    await expectAccessible()
  })

  test('typing 10,000 characters into the name or description is refused in words, and the page holds its shape', async ({
    page,
  }) => {
    test.slow()
    await page.goto('/project/1/insights')
    await expect(page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible()
    const insight = await page.evaluate(() =>
      fetch('/api/projects/1/insights/?limit=1').then(
        (r) => r.json() as Promise<{ results: { short_id: string; name: string | null }[] }>,
      ),
    )
    const first = insight.results[0]
    if (!first) throw new Error('no insight')
    await page.goto(`/project/1/insights/${first.short_id}`)
    const huge = upTo(mixed('Huge '), 10_000)

    for (const [button, field] of [
      ['Edit name', 'Name'],
      ['Edit description', 'Description'],
    ] as const) {
      await page.getByRole('button', { name: button }).click()
      const input = page.getByRole('textbox', { name: field })
      await input.fill(huge)
      await page.getByRole('button', { name: 'Save', exact: true }).click()
      await expect(page.getByText('Ensure this field has no more than 400 characters.')).toBeVisible()
      // The typed text stays, so the user can shorten it instead of losing it.
      await expect(input).toHaveValue(huge)
      await noHorizontalOverflow(page)
      await page.getByRole('button', { name: 'Cancel' }).click()
    }
    const stored = await page.evaluate(
      (shortId) => fetch(`/api/projects/1/insights/${shortId}/`).then((r) => r.json() as Promise<{ name: string | null }>),
      first.short_id,
    )
    expect(stored.name).toBe(first.name)
  })
})
