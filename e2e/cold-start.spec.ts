import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { fakeInsight, pageOf, useFakePostHog } from './api-routes'

/*
 * A fresh tab on an address (a bookmark, a pasted link): index.html's early script asks for what the page waits on
 * while the app's code still downloads, and the app takes those answers instead of asking again. Each test holds the
 * entry's script back, so "before the app ran" is certain, not a race.
 */

/** The served index.html's entry script and a list the build wrote into its early script. */
async function builtPage(page: Page, list: string): Promise<{ entry: string; files: string[] }> {
  const html = await (await page.request.get('/')).text()
  const entry = /<script type="module"[^>]* src="([^"]+)"/.exec(html)?.[1]
  const files = new RegExp(`var ${list} = (\\[[^\\]]*\\])`).exec(html)?.[1]
  expect(entry, 'the entry script in index.html').toBeTruthy()
  return { entry: entry ?? '', files: JSON.parse(files ?? '[]') as string[] }
}

/** Holds the file back until `release` is called. */
async function holdBack(page: Page, file: string): Promise<() => void> {
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route(`**${file}`, async (route) => {
    await held
    await route.continue()
  })
  return release
}

/** Holds the entry's script until `release`; `asked` lists every path the page requested meanwhile and after. */
async function holdEntry(page: Page, entry: string): Promise<{ asked: string[]; release: () => void }> {
  const asked: string[] = []
  page.on('request', (request) => asked.push(new URL(request.url()).pathname + new URL(request.url()).search))
  return { asked, release: await holdBack(page, entry) }
}

test.describe('a cold start in API mode', () => {
  test("an insight's address asks for the insight and downloads its page's code before the app has run", async ({ page }) => {
    const path = '/api/projects/1/insights/Early123/'
    // The whole insight, as PostHog's InsightSerializer sends it: the basic fields with its order and result.
    const insight = fakeInsight({ short_id: 'Early123', name: 'Early bird', order: null, result: [] })
    await useFakePostHog(page, { [path]: insight })
    const { entry, files } = await builtPage(page, 'insightOverviewChunks')
    const frame = await builtPage(page, 'insightFrameChunks')
    expect(files.length, 'the Overview chunks the build listed').toBeGreaterThan(0)
    expect(frame.files.length, 'the insight pages’ chunks the build listed').toBeGreaterThan(0)
    const { asked, release } = await holdEntry(page, entry)

    const opened = page.goto('/project/1/insights/Early123')
    await expect.poll(() => asked.includes(path)).toBe(true)
    await expect.poll(() => [...frame.files, ...files].filter((file) => !asked.includes(file))).toEqual([])
    release()
    await opened
    await expect(page.getByRole('heading', { level: 1, name: 'Early bird' })).toBeVisible()
    expect(
      asked.filter((asked) => asked === path),
      'the app took the early answer',
    ).toHaveLength(1)
  })

  test("the list's plain address asks for its first page before the app has run, and downloads no insight page's code", async ({
    page,
  }) => {
    const list = '/api/projects/1/insights/?order=-last_modified_at&limit=50&basic=true'
    await useFakePostHog(page, {
      '/api/projects/1/insights/': pageOf([fakeInsight({ short_id: 'Early123', name: 'Early bird' })]),
    })
    const { entry, files: overview } = await builtPage(page, 'insightOverviewChunks')
    const { asked, release } = await holdEntry(page, entry)

    const opened = page.goto('/project/1/insights')
    await expect.poll(() => asked.includes(list)).toBe(true)
    release()
    await opened
    await expect(page.getByRole('link', { name: 'Early bird' })).toBeVisible()
    expect(
      asked.filter((asked) => asked === list),
      'the app took the early answer',
    ).toHaveLength(1)
    expect(
      overview.filter((file) => asked.includes(file)),
      'no insight page code on the list',
    ).toEqual([])
  })
})

test.describe('a cold start in demo mode', () => {
  test("the mock's worker registers while the code downloads, the list's first page is answered in the page, and later requests go through the worker", async ({
    page,
  }) => {
    const project = '/api/projects/1/'
    const list = '/api/projects/1/insights/?order=-last_modified_at&limit=50&basic=true'
    const { entry, files } = await builtPage(page, 'mockChunks')
    expect(files.length, 'the mock chunks the build listed').toBeGreaterThan(0)
    const { asked, release } = await holdEntry(page, entry)
    // The mock's code is held back too: the worker is registered by index.html itself.
    const releaseMock = await holdBack(page, files[0] ?? '')

    const opened = page.goto('/project/1/insights')
    const registered = () => page.evaluate(() => navigator.serviceWorker.getRegistration().then(Boolean)).catch(() => false)
    await expect.poll(registered, { message: "the worker registers before the app's or the mock's code has run" }).toBe(true)
    releaseMock()
    release()
    await opened
    await expect(page.locator('[data-insight-row]').first()).toBeVisible()
    expect(
      asked.filter((path) => path === project || path === list),
      'answered in the page, not through the worker',
    ).toEqual([])

    await page.getByRole('searchbox', { name: 'Search insights' }).fill('signup')
    await expect
      .poll(() => asked.some((path) => path.startsWith('/api/projects/1/insights/?') && path.includes('search=')))
      .toBe(true)
    await expect(page.locator('[data-insight-row]').first()).toBeVisible()
  })
})
