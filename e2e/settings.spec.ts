import { test, expect, chooseRadio, toggleCheckbox } from './fixtures'

// Routes are set on the context: in mock mode the service worker makes the requests, and only context routes see those.
import { FAKE_HOST, fakeProject, fakeUser, fulfillJson, useApiConnection } from './api-routes'

test.describe('connection settings', () => {
  test('checking the mock connection reports who and which project', async ({ page }) => {
    await page.goto('/settings')
    await expect(page.getByRole('radio', { name: /In-browser mock/ })).toBeChecked()
    await page.getByRole('button', { name: 'Check compatibility' }).click()
    await expect(page.getByRole('region', { name: 'Compatibility report' })).toContainText('Hogflix Web')
  })

  test('"Check compatibility" shows a refused key in words and the server detail', async ({ page }) => {
    await page
      .context()
      .route(`${FAKE_HOST}/api/**`, (route) =>
        fulfillJson(
          route,
          { type: 'authentication_error', code: 'authentication_failed', detail: 'Invalid personal API key.', attr: null },
          401,
        ),
      )
    await page.goto('/settings')
    await chooseRadio(page, /PostHog API/)
    await page.getByRole('textbox', { name: 'Host URL' }).fill(FAKE_HOST)
    await page.getByLabel('Personal API key', { exact: true }).fill('phx_wrong')
    await page.getByRole('button', { name: 'Check compatibility' }).click()
    const alert = page.getByRole('alert').filter({ hasText: 'Connection failed' })
    await expect(alert).toContainText('The API key was not accepted')
    await expect(alert).toContainText('Invalid personal API key.')
  })

  test('an unreachable host is reported as such', async ({ page }) => {
    await page.goto('/settings')
    await chooseRadio(page, /PostHog API/)
    // Nothing listens on the discard port of the loopback address: the connection is refused at once.
    await page.getByRole('textbox', { name: 'Host URL' }).fill('http://127.0.0.1:9')
    await page.getByLabel('Personal API key', { exact: true }).fill('phx_any')
    await page.getByRole('button', { name: 'Check compatibility' }).click()
    await expect(page.getByRole('alert').filter({ hasText: 'Connection failed' })).toContainText("Can't reach the server")
  })

  test('invalid fields are explained before anything is sent', async ({ page }) => {
    await page.goto('/settings')
    await chooseRadio(page, /PostHog API/)
    await page.getByRole('textbox', { name: 'Host URL' }).fill('posthog.example.test/path')
    await page.getByRole('textbox', { name: 'Project id' }).fill('twelve')
    await page.getByRole('button', { name: 'Save' }).click()
    await expect(page.getByText('Enter the full address of your PostHog')).toBeVisible()
    await expect(page.getByText('Enter a personal API key')).toBeVisible()
    await expect(page.getByText('Enter the numeric project id')).toBeVisible()
  })

  test('saved settings persist; the key stays in sessionStorage, only in the Authorization header', async ({ page }) => {
    const urls: string[] = []
    const authHeaders: string[] = []
    page.on('request', (request) => {
      urls.push(request.url())
      const auth = request.headers().authorization
      if (auth) authHeaders.push(auth)
    })
    await page.context().route(`${FAKE_HOST}/api/users/@me/`, (route) => fulfillJson(route, fakeUser))
    await page.context().route(`${FAKE_HOST}/api/environments/1/`, (route) => fulfillJson(route, fakeProject))
    await page.goto('/settings')
    await chooseRadio(page, /PostHog API/)
    await page.getByRole('textbox', { name: 'Host URL' }).fill(`${FAKE_HOST}/`)
    await page.getByLabel('Personal API key', { exact: true }).fill('phx_secret_123')
    await chooseRadio(page, '/api/environments/')
    await page.getByRole('button', { name: 'Save' }).click()
    await expect(page.getByText('Connection settings saved')).toBeVisible()
    await expect(page.getByRole('link', { name: /Connection: posthog\.example\.test/ })).toBeVisible()
    await expect(page.getByRole('banner').getByText('Real Project')).toBeVisible()

    await page.reload()
    await expect(page.getByRole('radio', { name: /PostHog API/ })).toBeChecked()
    await expect(page.getByRole('textbox', { name: 'Host URL' })).toHaveValue(FAKE_HOST)
    await expect(page.getByLabel('Personal API key', { exact: true })).toHaveValue('phx_secret_123')
    await expect(page.getByRole('radio', { name: '/api/environments/' })).toBeChecked()

    const stored = await page.evaluate(() => ({
      local: JSON.stringify({ ...localStorage }),
      session: sessionStorage.getItem('insight-desk:api-key'),
    }))
    expect(stored.local).not.toContain('phx_secret_123')
    expect(stored.session).toBe('phx_secret_123')
    expect(authHeaders).toContain('Bearer phx_secret_123')
    expect(urls.filter((u) => u.includes('phx_secret_123'))).toEqual([])
  })

  test('"Remember on this device" keeps the key in localStorage instead', async ({ page }) => {
    await page
      .context()
      .route(`${FAKE_HOST}/api/**`, (route) => fulfillJson(route, route.request().url().includes('@me') ? fakeUser : fakeProject))
    await page.goto('/settings')
    await chooseRadio(page, /PostHog API/)
    await page.getByRole('textbox', { name: 'Host URL' }).fill(FAKE_HOST)
    await page.getByLabel('Personal API key', { exact: true }).fill('phx_keep_me')
    await toggleCheckbox(page, 'Remember on this device')
    await page.getByRole('button', { name: 'Save' }).click()
    await expect(page.getByText('Connection settings saved')).toBeVisible()
    const stored = await page.evaluate(() => ({
      local: localStorage.getItem('insight-desk:api-key'),
      session: sessionStorage.getItem('insight-desk:api-key'),
    }))
    expect(stored).toEqual({ local: 'phx_keep_me', session: null })
  })
})

test.describe('errors while loading a page', () => {
  test('a failing API shows the error in place, and "Try again" recovers', async ({ page }) => {
    await useApiConnection(page)
    let failing = true
    await page.context().route(`${FAKE_HOST}/api/**`, (route) => {
      if (route.request().url().includes('@me')) return fulfillJson(route, fakeUser)
      if (failing)
        return fulfillJson(route, { type: 'server_error', code: 'error', detail: 'A server error occurred.', attr: null }, 500)
      return fulfillJson(route, fakeProject)
    })
    await page.goto('/project/1/insights')
    const alert = page.getByRole('alert')
    // Server errors are retried with backoff before they are shown.
    await expect(alert).toContainText('The server had a problem', { timeout: 20_000 })
    await expect(alert).toContainText('A server error occurred.')
    failing = false
    await alert.getByRole('button', { name: 'Try again' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible()
  })

  test('a 403 is not retried and says which scope the key lacks', async ({ page }) => {
    await useApiConnection(page)
    let calls = 0
    await page.context().route(`${FAKE_HOST}/api/projects/1/`, (route) => {
      if (route.request().method() !== 'OPTIONS') calls += 1
      return fulfillJson(
        route,
        {
          type: 'authentication_error',
          code: 'permission_denied',
          detail: "API key missing required scope 'project:read'",
          attr: null,
        },
        403,
      )
    })
    await page.context().route(`${FAKE_HOST}/api/users/@me/`, (route) => fulfillJson(route, fakeUser))
    await page.goto('/project/1/insights')
    const note = page.getByRole('note', { name: 'Project is not available with this API key' })
    await expect(note).toContainText('The personal API key lacks the scope project:read.')
    await expect(page.getByRole('alert')).toHaveCount(0)
    expect(calls).toBeLessThanOrEqual(2)
  })
})

test('API mode never downloads the mock', async ({ page }) => {
  await useApiConnection(page)
  await page.route(`${FAKE_HOST}/api/**`, (route) =>
    fulfillJson(route, route.request().url().includes('@me') ? fakeUser : fakeProject),
  )
  const scripts: string[] = []
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname)
  })
  await page.goto('/project/1/insights')
  await expect(page.getByRole('banner').getByText('Real Project')).toBeVisible()
  await page.waitForLoadState('networkidle')
  expect(scripts.length).toBeGreaterThan(0)
  expect(scripts.filter((s) => /\/browser-[\w-]+\.js$/.test(s))).toEqual([])
  expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull()
})
