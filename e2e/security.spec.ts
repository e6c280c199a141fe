import type { Page } from '@playwright/test'
import { startMockServerProcess, type MockServerProcess } from '../mocks/server-process'
import { test, expect } from './fixtures'
import { useApiConnection } from './api-routes'

/*
 * Hostile data must stay text, the personal API key must stay in its header, and the production build's
 * Content-Security-Policy must hold on every page without blocking anything the app itself needs.
 */

const payloads = ['<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '"><svg onload=alert(1)>'] as const
const hostileText = payloads.join(' ')
/** PostHog's tagify strips surrounding quotes from tags; the rest of each payload is kept. */
const storedTags = payloads.map((payload) => payload.replace(/^["']+|["']+$/g, ''))

/** Fails the test if anything a payload could have produced exists in the page. */
async function expectNothingInjected(page: Page, where: string): Promise<void> {
  const injected = await page.evaluate(() => ({
    images: document.querySelectorAll('img[src="x"], img[onerror]').length,
    svgs: document.querySelectorAll('svg[onload]').length,
    scripts: [...document.querySelectorAll('script')].filter((script) => script.textContent.includes('alert(1)')).length,
    handlers: [...document.querySelectorAll('*')].filter((element) =>
      [...element.attributes].some((attribute) => attribute.name.startsWith('on')),
    ).length,
  }))
  expect(injected, where).toEqual({ images: 0, svgs: 0, scripts: 0, handlers: 0 })
}

test.describe('HTML and script in API data', () => {
  test('renders as text on every page that shows it', async ({ page, expectAccessible }) => {
    test.slow()
    const dialogs: string[] = []
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    await page.goto('/project/1/insights')
    await expect(page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible()

    const seeded = await page.evaluate(
      async ([text, tags]) => {
        const json = { 'Content-Type': 'application/json' }
        const insight = (await fetch('/api/projects/1/insights/', {
          method: 'POST',
          headers: json,
          body: JSON.stringify({
            name: `Before ${text}`,
            description: text,
            tags,
            query: {
              kind: 'InsightVizNode',
              source: { kind: 'TrendsQuery', series: [{ kind: 'EventsNode', event: '$pageview' }] },
            },
          }),
        }).then((r) => r.json())) as { id: number; short_id: string }
        // The rename writes an activity entry whose diff carries both hostile names.
        await fetch(`/api/projects/1/insights/${insight.id}/`, {
          method: 'PATCH',
          headers: json,
          body: JSON.stringify({ name: text }),
        })
        const sharing = (await fetch(`/api/projects/1/insights/${insight.id}/sharing/`, {
          method: 'PATCH',
          headers: json,
          body: JSON.stringify({ enabled: true, password_required: true }),
        }).then((r) => r.json())) as { access_token: string }
        const password = await fetch(`/api/projects/1/insights/${insight.id}/sharing/passwords/`, {
          method: 'POST',
          headers: json,
          body: JSON.stringify({ password: 'correct horse battery staple', note: text }),
        })
        return { shortId: insight.short_id, accessToken: sharing.access_token, passwordStatus: password.status }
      },
      [hostileText, [...payloads]] as const,
    )
    expect(seeded.passwordStatus).toBe(201)

    const main = page.getByRole('main')
    const visits: { where: string; url: string; visible: (page: Page) => Promise<void> }[] = [
      {
        where: 'list',
        url: '/project/1/insights',
        visible: async () => {
          await expect(main.getByRole('link', { name: hostileText })).toBeVisible()
          await expect(main.getByText(hostileText).nth(1)).toBeVisible()
        },
      },
      {
        where: 'card view',
        url: '/project/1/insights',
        visible: async () => {
          await main.getByRole('button', { name: 'Card view' }).click()
          await expect(main.getByRole('link', { name: hostileText })).toBeVisible()
          for (const tag of storedTags) await expect(main.getByRole('listitem').filter({ hasText: tag }).first()).toBeVisible()
          await main.getByRole('button', { name: 'Table view' }).click()
        },
      },
      {
        where: 'detail',
        url: `/project/1/insights/${seeded.shortId}`,
        visible: async () => {
          await expect(main.getByRole('heading', { level: 1 })).toContainText(hostileText)
          await expect(main.getByText(hostileText, { exact: true }).last()).toBeVisible()
          for (const tag of storedTags) await expect(main.getByRole('listitem').filter({ hasText: tag }).first()).toBeVisible()
        },
      },
      {
        where: 'activity tab',
        url: `/project/1/insights/${seeded.shortId}/activity`,
        visible: async () => {
          await expect(main.getByText(`Before ${hostileText}`).first()).toBeVisible()
        },
      },
      {
        where: 'sharing tab',
        url: `/project/1/insights/${seeded.shortId}/sharing`,
        visible: async () => {
          await expect(main.getByText(hostileText).first()).toBeVisible()
        },
      },
      {
        where: 'thresholds tab',
        url: `/project/1/insights/${seeded.shortId}/thresholds`,
        visible: async () => {
          await expect(main.getByRole('heading', { level: 1 })).toContainText(hostileText)
        },
      },
      {
        where: 'project activity',
        url: '/project/1/activity',
        visible: async () => {
          await expect(main.getByText(hostileText).first()).toBeVisible()
        },
      },
      {
        where: 'tags',
        url: '/project/1/tags',
        visible: async () => {
          await main.getByRole('textbox', { name: 'Filter tags' }).fill('alert(1)')
          for (const tag of storedTags) await expect(main.getByRole('link', { name: tag, exact: true })).toBeVisible()
        },
      },
      {
        where: 'shared viewer',
        url: `/shared/${seeded.accessToken}`,
        visible: async () => {
          await expect(page.getByRole('main')).toContainText(/password/i)
        },
      },
    ]
    for (const visit of visits) {
      await page.goto(visit.url)
      await visit.visible(page)
      await expectNothingInjected(page, visit.where)
    }
    await page.goto(`/project/1/insights/${seeded.shortId}`)
    await expectAccessible()
    expect(dialogs).toEqual([])
  })
})

test.describe('the personal API key', () => {
  let server: MockServerProcess
  test.beforeAll(async () => {
    server = await startMockServerProcess(40)
  })
  test.afterAll(() => server.stop())

  /** Starts the app in API mode against the HTTP mock server, the key kept for this session only. */
  const connect = (page: Page, apiKey: string) => useApiConnection(page, apiKey, server.url)

  for (const [label, apiKey] of [
    ['an accepted key', 'phx_demo_full'],
    ['a refused key', 'phx_refused_secret_7f3a9c'],
  ] as const) {
    test(`${label} appears only in the Authorization header: never in a URL, body, other header, console, page text or storage`, async ({
      page,
    }) => {
      test.slow()
      const leaks: string[] = []
      let authorized = 0
      page.on('request', (request) => {
        if (request.url().includes(apiKey)) leaks.push(`URL ${request.url()}`)
        if (request.postData()?.includes(apiKey)) leaks.push(`body of ${request.url()}`)
        for (const [name, value] of Object.entries(request.headers())) {
          if (name === 'authorization') {
            if (value === `Bearer ${apiKey}`) authorized += 1
          } else if (value.includes(apiKey)) leaks.push(`header ${name} of ${request.url()}`)
        }
      })
      page.on('console', (message) => {
        if (message.text().includes(apiKey)) leaks.push(`console: ${message.text()}`)
      })
      page.on('pageerror', (error) => {
        if (`${error.message} ${error.stack ?? ''}`.includes(apiKey)) leaks.push(`page error: ${error.message}`)
      })
      await connect(page, apiKey)

      const pageText = async (where: string) => {
        const text = await page.locator('body').innerText()
        if (text.includes(apiKey)) leaks.push(`text of ${where}`)
        const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }))
        if (stored.includes(apiKey)) leaks.push(`localStorage on ${where}`)
      }

      await page.goto('/project/1/insights')
      if (apiKey === 'phx_demo_full') {
        const firstRow = page.getByRole('table').getByRole('row').nth(1)
        await expect(firstRow).toBeVisible()
        await pageText('list')
        await firstRow.getByRole('link').first().click()
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
        await pageText('detail')
        for (const tab of ['Sharing', 'Thresholds', 'Activity']) {
          await page.getByRole('navigation', { name: 'Insight sections' }).getByRole('link', { name: tab }).click()
          await page.waitForLoadState('networkidle')
          await pageText(tab)
        }
        // An error report: a missing insight, shown by the error page.
        await page.goto('/project/1/insights/nosuchid')
        await expect(page.getByRole('main')).toContainText(/not found/i)
        await pageText('not found')
      } else {
        // Every request is refused: the error state quotes the server, never the key.
        await expect(page.getByRole('main').getByRole('alert')).toContainText('The API key was not accepted')
        await pageText('refused key')
      }
      await page.goto('/settings')
      await expect(page.getByLabel('Personal API key', { exact: true })).toHaveValue(apiKey)
      await pageText('settings')
      await page.getByRole('button', { name: 'Check compatibility' }).click()
      await expect(
        page
          .getByRole('region', { name: 'Compatibility report' })
          .or(page.getByRole('alert'))
          .filter({ hasText: /Connected as|Connection failed/ }),
      ).toBeVisible()
      await pageText('compatibility check')

      expect(authorized).toBeGreaterThan(0)
      expect(leaks).toEqual([])
    })
  }
})

test.describe('Content-Security-Policy of the production build', () => {
  test('is strict, and no page or toast of the app breaks it', async ({ page, context }) => {
    test.slow()
    await context.addInitScript(() => {
      const seen: string[] = []
      Object.assign(window, { __cspViolations: seen })
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`),
      )
    })
    const consoleErrors: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) consoleErrors.push(message.text())
    })
    const violations = () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)

    await page.goto('/project/1/insights')
    await expect(page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible()
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
    expect(policy).toContain("default-src 'self'")
    expect(policy).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+(;|$)/)
    expect(policy).toMatch(/style-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+(;|$)/)
    expect(policy).toContain("object-src 'none'")
    expect(policy).not.toContain('unsafe-inline')
    expect(policy).not.toContain('unsafe-eval')

    const list = await page.evaluate(() =>
      fetch('/api/projects/1/insights/?limit=100').then(
        (r) => r.json() as Promise<{ results: { id: number; short_id: string }[] }>,
      ),
    )
    const withThreshold = await page.evaluate(async (insights) => {
      for (const insight of insights) {
        const thresholds = (await fetch(`/api/projects/1/insights/${insight.id}/thresholds/`).then((r) => r.json())) as {
          results: { id: string }[]
        }
        const first = thresholds.results[0]
        if (first) return `/project/1/insights/${insight.short_id}/thresholds/${first.id}`
      }
      return null
    }, list.results)
    const shortId = list.results[0]?.short_id ?? ''
    const pages = [
      '/project/1',
      '/project/1/insights',
      `/project/1/insights/${shortId}`,
      `/project/1/insights/${shortId}/sharing`,
      `/project/1/insights/${shortId}/activity`,
      withThreshold ?? `/project/1/insights/${shortId}/thresholds`,
      '/project/1/activity',
      '/project/1/tags',
      '/project/1/elements',
      '/settings',
    ]
    for (const url of pages) {
      await page.goto(url)
      await expect(page.getByRole('main')).toContainText(/\S/)
      await page.waitForLoadState('networkidle')
      expect(await violations(), url).toEqual([])
    }

    // Toasts inject their stylesheet; the policy allows exactly that one by hash, so they still look like toasts.
    await page.getByRole('textbox', { name: 'Failure rate (%)' }).fill('0')
    await page.getByRole('textbox', { name: 'Extra latency (ms)' }).fill('1')
    await page.getByRole('button', { name: 'Start drill' }).click()
    await expect(page.getByText('Chaos drill started')).toBeVisible()
    await expect(page.locator('[data-sonner-toaster]')).toHaveCSS('position', 'fixed')
    await page.getByRole('button', { name: 'Stop drill' }).click()
    expect(await violations()).toEqual([])
    expect(consoleErrors).toEqual([])

    // And it is enforced: a script slipped into the page does not run, and the attempt is reported.
    const ran = await page.evaluate(() => {
      const script = document.createElement('script')
      script.textContent = 'window.__injectedRan = true'
      document.body.append(script)
      return (window as unknown as { __injectedRan?: boolean }).__injectedRan === true
    })
    expect(ran).toBe(false)
    await expect.poll(violations).toContainEqual(expect.stringMatching(/^script-src/))
  })
})
