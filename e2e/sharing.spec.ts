import type { Page } from '@playwright/test'
import { startMockServerProcess, type MockServerProcess } from '../mocks/server-process'
import { test, expect, chooseRadio } from './fixtures'
import { useApiConnection } from './api-routes'

/*
 * The Sharing tab and the public viewer, end to end against the in-browser mock (and, for the read-only key, the HTTP
 * mock server). Every test gets a fresh browser context, so a fresh copy of the demo data.
 */

test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

interface InsightRef {
  id: number
  short_id: string
  name: string | null
  derived_name: string | null
}

/** An insight whose sharing was never touched, found through the API from the page once the app (and mock) run. */
async function unsharedInsight(page: Page): Promise<InsightRef> {
  await page.goto('/settings')
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
  return page.evaluate(async () => {
    const list = (await (await fetch('/api/projects/1/insights/?limit=40&basic=true')).json()) as { results: InsightRef[] }
    const configs = await Promise.all(
      list.results.map(async (insight) => {
        const answer = await fetch(`/api/projects/1/insights/${insight.id}/sharing/`)
        return (await answer.json()) as { created_at: string | null }
      }),
    )
    const unshared = list.results.find((insight, index) => configs[index]?.created_at === null && insight.name)
    if (!unshared) throw new Error('no unshared insight in the demo data')
    return unshared
  })
}

/** The title the viewer shows, as the app words it. */
function titleOf(insight: InsightRef): string {
  return insight.name || insight.derived_name || 'Untitled insight'
}

async function openSharingTab(page: Page, insight: InsightRef): Promise<void> {
  await page.goto(`/project/1/insights/${insight.short_id}/sharing`)
  await expect(page.getByRole('heading', { level: 2, name: 'Public link' })).toBeVisible()
}

/** react-aria keeps the native input visually hidden; switch it as a keyboard user would. */
async function toggleSwitch(page: Page, name: string, expected: boolean): Promise<void> {
  const control = page.getByRole('switch', { name })
  await control.focus()
  await page.keyboard.press('Space')
  await expect(control).toBeChecked({ checked: expected })
  // The switch is read-only while its change is saved; it is ready again once the server answered.
  await expect(control).not.toHaveAttribute('aria-readonly', 'true')
}

function passwordItem(page: Page, note: string) {
  return page.getByRole('list', { name: 'Active passwords' }).getByRole('listitem').filter({ hasText: note })
}

async function clipboardText(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText())
}

async function activityOf(page: Page, insightId: number): Promise<string[]> {
  return page.evaluate(async (id) => {
    const answer = (await (await fetch(`/api/projects/1/insights/${id}/activity/?limit=100`)).json()) as {
      results: { activity: string }[]
    }
    return answer.results.map((entry) => entry.activity)
  }, insightId)
}

test.describe('sharing tab', () => {
  // Each flow crosses several pages and runs several accessibility scans: more than the default 30 s on a busy machine.
  test.describe.configure({ timeout: 60_000 })

  test('turning sharing on shows a copyable link and embed code; settings persist', async ({ page, expectAccessible }) => {
    const insight = await unsharedInsight(page)
    await openSharingTab(page, insight)
    await expect(page).toHaveTitle(`Sharing · ${titleOf(insight)} · Insight Desk`)
    await expect(page.getByRole('switch', { name: 'Share publicly' })).not.toBeChecked()
    await expect(page.getByRole('textbox', { name: 'Public link' })).toHaveCount(0)

    await toggleSwitch(page, 'Share publicly', true)
    const linkField = page.getByRole('textbox', { name: 'Public link' })
    await expect(linkField).toHaveValue(/^http:\/\/localhost:\d+\/shared\/[\w-]+$/)
    const link = await linkField.inputValue()

    await page.getByRole('button', { name: 'Copy link' }).click()
    await expect(page.getByRole('button', { name: 'Copy link' })).toContainText('Copied')
    expect(await clipboardText(page)).toBe(link)

    await page.getByRole('button', { name: 'Copy embed code' }).click()
    const embed = await clipboardText(page)
    expect(embed).toMatch(/^<iframe /)
    expect(embed).toContain(`src="${link}?embedded=true"`)
    await expect(page.getByRole('textbox', { name: 'Embed code' })).toHaveValue(embed)

    // Each setting explains itself, and screen readers read the explanation with the switch.
    await expect(page.getByRole('switch', { name: 'Show legend' })).toHaveAccessibleDescription(/Names each series/)
    await toggleSwitch(page, 'Show legend', true)
    await toggleSwitch(page, 'Hide title and description', true)
    await expectAccessible()

    await page.reload()
    await expect(page.getByRole('switch', { name: 'Share publicly' })).toBeChecked()
    await expect(page.getByRole('switch', { name: 'Show legend' })).toBeChecked()
    await expect(page.getByRole('switch', { name: 'Hide title and description' })).toBeChecked()
    await expect(page.getByRole('switch', { name: 'Show detailed results' })).not.toBeChecked()
    await expect(page.getByRole('textbox', { name: 'Public link' })).toHaveValue(link)

    expect(await activityOf(page, insight.id)).toContain('sharing enabled')
  })

  test('in demo mode, says public links work only in this browser and points to the HTTP mock server', async ({ page }) => {
    const insight = await unsharedInsight(page)
    await openSharingTab(page, insight)
    const note = page.getByRole('note', { name: 'Demo data' })
    await expect(note).toContainText('public links only work in this browser')
    await expect(note).toContainText('npm run mock:serve')
    await note.getByRole('link', { name: 'Settings' }).click()
    await expect(page).toHaveURL(/\/settings$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
  })

  test('resetting the link asks first, then the old link is not found and the new one works', async ({
    page,
    expectAccessible,
  }) => {
    const insight = await unsharedInsight(page)
    await openSharingTab(page, insight)
    await toggleSwitch(page, 'Share publicly', true)
    const linkField = page.getByRole('textbox', { name: 'Public link' })
    const oldLink = await linkField.inputValue()

    await page.getByRole('button', { name: 'Reset link' }).click()
    const dialog = page.getByRole('alertdialog', { name: 'Reset the public link?' })
    await expect(dialog).toContainText('stop working')
    await expectAccessible()
    await dialog.getByRole('button', { name: 'Reset link' }).click()
    await expect(dialog).toBeHidden()
    await expect(linkField).not.toHaveValue(oldLink)
    const newLink = await linkField.inputValue()
    expect(newLink).toMatch(/\/shared\/[\w-]+$/)
    expect(await activityOf(page, insight.id)).toContain('access token refreshed')

    await page.goto(new URL(oldLink).pathname)
    await expect(page.getByRole('heading', { level: 1, name: 'This shared link was not found' })).toBeVisible()
    await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0)

    await page.goto(new URL(newLink).pathname)
    await expect(page.getByRole('heading', { level: 1, name: titleOf(insight) })).toBeVisible()
    await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0)
    await expect(page.getByRole('table')).toBeVisible()
    await expectAccessible()
  })

  test('a generated password is shown once, copied, kept nowhere, and unlocks the viewer preview', async ({
    page,
    context,
    expectAccessible,
  }) => {
    const logged: string[] = []
    page.on('console', (message) => logged.push(message.text()))
    const insight = await unsharedInsight(page)
    await openSharingTab(page, insight)
    await toggleSwitch(page, 'Share publicly', true)
    await toggleSwitch(page, 'Require a password', true)
    await expect(page.getByText('nobody can open the link until you add one')).toBeVisible()

    await page.getByRole('button', { name: 'Add password' }).click()
    const addDialog = page.getByRole('dialog', { name: 'Add a password' })
    await expect(addDialog.getByRole('radio', { name: /Generate a strong password/ })).toBeChecked()
    await addDialog.getByRole('textbox', { name: 'Note (optional)' }).fill('Board meeting')
    await expectAccessible()
    await addDialog.getByRole('button', { name: 'Create password' }).click()

    const shownDialog = page.getByRole('dialog', { name: 'Password created' })
    await expect(shownDialog).toContainText('shown only this once')
    const passwordField = shownDialog.getByRole('textbox', { name: /New password/ })
    const password = await passwordField.inputValue()
    expect(password.length).toBeGreaterThanOrEqual(16)
    await shownDialog.getByRole('button', { name: 'Copy password' }).click()
    expect(await clipboardText(page)).toBe(password)
    await expectAccessible()
    await shownDialog.getByRole('button', { name: 'Done' }).click()
    await expect(shownDialog).toBeHidden()

    // Closed: the raw password is gone from the page, its storage, its URL and the console.
    await expect(page.getByRole('button', { name: 'Add password' })).toBeFocused()
    expect(await page.content()).not.toContain(password)
    expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain(password)
    expect(await page.evaluate(() => JSON.stringify(sessionStorage))).not.toContain(password)
    expect(page.url()).not.toContain(password)
    expect(logged.join('\n')).not.toContain(password)
    await expect(passwordItem(page, 'Board meeting')).toBeVisible()

    // The viewer preview opens in a new tab, as an outside viewer would see the link.
    const [viewer] = await Promise.all([context.waitForEvent('page'), page.getByRole('link', { name: /^Preview/ }).click()])
    await expect(viewer.getByRole('heading', { name: 'This insight is password protected' })).toBeVisible()
    await expect(viewer.getByRole('navigation', { name: 'Main' })).toHaveCount(0)
    await viewer.getByRole('textbox', { name: 'Password', exact: true }).fill('not-the-password')
    await viewer.getByRole('button', { name: 'View insight' }).click()
    await expect(viewer.getByRole('alert')).toHaveText('Incorrect password')
    await viewer.getByRole('textbox', { name: 'Password', exact: true }).fill(password)
    await viewer.getByRole('button', { name: 'View insight' }).click()
    await expect(viewer.getByRole('heading', { level: 1, name: titleOf(insight) })).toBeVisible()
    await viewer.close()
  })

  test('deleting a password asks first, names it, and the password no longer unlocks the link', async ({
    page,
    expectAccessible,
  }) => {
    const insight = await unsharedInsight(page)
    // Set up through the API: this test is about deleting, not creating.
    const { password, accessToken } = await page.evaluate(async (id) => {
      const send = (path: string, method: string, body: unknown) =>
        fetch(`/api/projects/1/insights/${id}/sharing/${path}`, {
          method,
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
        }).then((response) => response.json() as Promise<Record<string, unknown>>)
      const config = await send('', 'PATCH', { enabled: true, password_required: true })
      await send('passwords/', 'POST', { note: 'Old agency' })
      const created = await send('passwords/', 'POST', { note: 'Board meeting' })
      return { password: String(created.password), accessToken: String(config.access_token) }
    }, insight.id)

    await openSharingTab(page, insight)
    await page.getByRole('button', { name: 'Delete password “Board meeting”' }).click()
    const deleteDialog = page.getByRole('alertdialog', { name: 'Delete password “Board meeting”?' })
    await expect(deleteDialog).toContainText('can no longer open the link')
    await expectAccessible()
    await deleteDialog.getByRole('button', { name: 'Delete password' }).click()
    await expect(deleteDialog).toBeHidden()
    await expect(page.getByRole('status').filter({ hasText: 'deleted' })).toContainText('Board meeting')
    await expect(passwordItem(page, 'Board meeting')).toHaveCount(0)
    await expect(passwordItem(page, 'Old agency')).toBeVisible()

    // PostHog logs turning sharing on (SharingConfigurationViewSet.patch); its password endpoints log nothing.
    const activities = await activityOf(page, insight.id)
    expect(activities).toContain('sharing enabled')
    expect(activities.filter((activity) => activity.includes('password'))).toEqual([])

    await page.goto(`/shared/${accessToken}`)
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(password)
    await page.getByRole('button', { name: 'View insight' }).click()
    await expect(page.getByRole('alert')).toHaveText('Incorrect password')
    await expectAccessible()
  })

  test('a typed password is checked for length and strength before it is sent', async ({ page }) => {
    const insight = await unsharedInsight(page)
    await openSharingTab(page, insight)
    await toggleSwitch(page, 'Share publicly', true)
    await toggleSwitch(page, 'Require a password', true)
    await page.getByRole('button', { name: 'Add password' }).click()
    const dialog = page.getByRole('dialog', { name: 'Add a password' })
    await chooseRadio(page, /Type my own/)
    const field = dialog.getByLabel('Your password')
    await field.fill('short')
    await expect(dialog).toContainText('Too short: 3 more characters needed')
    await dialog.getByRole('button', { name: 'Create password' }).click()
    await expect(dialog).toContainText('Use at least 8 characters.')
    await expect(dialog).toBeVisible()

    await field.fill('Correct-Horse-42-Battery')
    await expect(dialog).toContainText('Strong.')
    await dialog.getByRole('button', { name: 'Create password' }).click()
    await expect(page.getByRole('textbox', { name: /New password/ })).toHaveValue('Correct-Horse-42-Battery')
  })
})

/* The read-only key only works over HTTP, so these tests start the mock server on a port of their own. */
/** Starts the app in API mode against the HTTP mock, as if the user had saved the read-only demo key in Settings. */
const useReadOnlyKey = (page: Page, host: string) => useApiConnection(page, 'phx_demo_readonly', host)

test.describe('sharing tab with a read-only API key', () => {
  let server: MockServerProcess | null = null
  let baseUrl = ''

  test.beforeAll(async () => {
    server = await startMockServerProcess(40)
    baseUrl = server.url
  })

  test.afterAll(() => {
    server?.stop()
    server = null
  })

  test('shows everything, and after the first 403 nothing can be changed and the reason is shown', async ({
    page,
    request,
    expectAccessible,
  }) => {
    const full = { Authorization: 'Bearer phx_demo_full' }
    const list = (await (
      await request.get(`${baseUrl}/api/projects/1/insights/?limit=1&basic=true`, { headers: full })
    ).json()) as {
      results: InsightRef[]
    }
    const insight = list.results[0]
    if (!insight) throw new Error('the HTTP mock has no insights')
    const sharing = `${baseUrl}/api/projects/1/insights/${insight.id}/sharing/`
    expect((await request.patch(sharing, { headers: full, data: { enabled: true, password_required: true } })).status()).toBe(200)
    expect((await request.post(`${sharing}passwords/`, { headers: full, data: { note: 'Investors' } })).status()).toBe(201)

    await useReadOnlyKey(page, baseUrl)
    await openSharingTab(page, insight)
    // Against a PostHog the link and the embed are PostHog's own pages on its host: recipients do not have this app.
    const linkField = page.getByRole('textbox', { name: 'Public link' })
    await expect(linkField).toHaveValue(new RegExp(`^${baseUrl}/shared/[\\w-]+$`))
    const link = await linkField.inputValue()
    const token = link.split('/shared/')[1] ?? ''
    await expect(page.getByRole('textbox', { name: 'Embed code' })).toHaveValue(new RegExp(`src="${baseUrl}/embedded/${token}"`))
    await expect(page.getByRole('link', { name: /^Preview/ })).toHaveAttribute('href', new RegExp(`/shared/${token}$`))
    // The handed-out link opens: the HTTP mock server's stand-in for PostHog's page (locked here: a password is set).
    const opened = await request.get(link)
    expect(opened.status()).toBe(200)
    expect(await opened.text()).toContain('"type":"unlock"')
    // Over HTTP the link works in any browser that reaches the server: no demo-data warning.
    await expect(page.getByRole('note', { name: 'Demo data' })).toHaveCount(0)
    await expect(passwordItem(page, 'Investors')).toBeVisible()
    await expect(page.getByRole('switch', { name: 'Require a password' })).toBeChecked()

    const share = page.getByRole('switch', { name: 'Share publicly' })
    await share.focus()
    await page.keyboard.press('Space')
    const banner = page.getByRole('alert').filter({ hasText: 'Read-only' })
    await expect(banner).toContainText('sharing_configuration:write')
    await expect(share).toBeChecked()
    for (const name of ['Share publicly', 'Show legend', 'Require a password']) {
      await expect(page.getByRole('switch', { name })).toBeDisabled()
    }
    await expect(page.getByRole('button', { name: 'Add password' })).toBeDisabled()
    await expect(page.getByRole('button', { name: 'Reset link' })).toBeDisabled()
    await expect(page.getByRole('button', { name: 'Delete password “Investors”' })).toBeDisabled()
    await expect(page.getByRole('button', { name: 'Copy link' })).toBeEnabled()
    await expectAccessible()
  })

  test('the viewer preview works over HTTP too, and never sends the API key', async ({ page, request }) => {
    const full = { Authorization: 'Bearer phx_demo_full' }
    const list = (await (
      await request.get(`${baseUrl}/api/projects/1/insights/?limit=2&basic=true`, { headers: full })
    ).json()) as {
      results: InsightRef[]
    }
    const insight = list.results[1]
    if (!insight) throw new Error('the HTTP mock has too few insights')
    const sharing = `${baseUrl}/api/projects/1/insights/${insight.id}/sharing/`
    const config = (await (
      await request.patch(sharing, { headers: full, data: { enabled: true, password_required: true } })
    ).json()) as { access_token: string }
    await request.post(`${sharing}passwords/`, { headers: full, data: { raw_password: 'Viewer-pass-2026' } })

    // The viewer reads PostHog's own path on the host, `/shared/:token.json`, never `/api/…`.
    const viewerAuth: (string | undefined)[] = []
    page.on('request', (sent) => {
      const url = new URL(sent.url())
      if (url.origin === baseUrl && url.pathname === `/shared/${config.access_token}.json` && sent.method() !== 'OPTIONS')
        viewerAuth.push(sent.headers().authorization)
    })
    await useReadOnlyKey(page, baseUrl)
    await page.goto(`/shared/${config.access_token}`)
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill('Viewer-pass-2026')
    await page.getByRole('button', { name: 'View insight' }).click()
    await expect(page.getByRole('heading', { level: 1, name: titleOf(insight) })).toBeVisible()
    // The locked read, the unlock and the unlocked read: only the last carries a Bearer, the share token.
    expect(viewerAuth.length).toBeGreaterThan(2)
    expect(viewerAuth.slice(0, -1).filter(Boolean)).toEqual([])
    expect(viewerAuth.at(-1)).toMatch(/^Bearer \S+$/)
    expect(viewerAuth.join(' ')).not.toContain('phx_')
  })
})
