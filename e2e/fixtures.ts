import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type Page } from '@playwright/test'

/**
 * Fails on serious or critical accessibility violations, listing each with the elements it concerns. `scope` (a CSS
 * selector) limits the check to the part a test is about: axe's time grows with the page, and on the insights list
 * (50 rows) one whole-page check took 20 s of a 30 s test on a busy 2-core machine. Legacy mode runs axe in the page
 * itself: the default opens a second page to merge per-frame results, which cost a third of that time, and this app
 * has no cross-origin frames for it to reach.
 */
async function expectAccessible(page: Page, scope?: string): Promise<void> {
  const axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).setLegacyMode()
  const results = await (scope ? axe.include(scope) : axe).analyze()
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  const report = blocking.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`)
  expect(report, 'axe violations').toEqual([])
}

/** Waits while the page's demo mock is starting; passes at once in API mode, where main.tsx sets no mark. */
async function untilDemoMockListens(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.demoMock !== 'starting')
}

export const test = base.extend<{ expectAccessible: (scope?: string) => Promise<void> }>({
  // The in-browser mock answers without its simulated latency, so tests measure the app, not a delay.
  context: async ({ context }, use) => {
    await context.addInitScript(() => localStorage.setItem('insight-desk:mock-latency', '0'))
    await use(context)
  },
  // The app renders while its in-browser mock still starts (src/main.tsx); a test that fetches from the page right after
  // a navigation must not ask before the mock listens, or a static server answers in its place.
  page: async ({ page }, use) => {
    const goto = page.goto.bind(page)
    const reload = page.reload.bind(page)
    page.goto = async (...args) => {
      const response = await goto(...args)
      await untilDemoMockListens(page)
      return response
    }
    page.reload = async (...args) => {
      const response = await reload(...args)
      await untilDemoMockListens(page)
      return response
    }
    await use(page)
  },
  expectAccessible: async ({ page }, use) => {
    await use((scope) => expectAccessible(page, scope))
  },
})

export { expect }

/** react-aria keeps the native input visually hidden; choose it as a keyboard user would. */
export async function chooseRadio(page: Page, name: string | RegExp): Promise<void> {
  const radio = page.getByRole('radio', { name })
  await radio.focus()
  await page.keyboard.press('Space')
  await expect(radio).toBeChecked()
}

export async function toggleCheckbox(page: Page, name: string | RegExp): Promise<void> {
  const box = page.getByRole('checkbox', { name })
  await box.focus()
  await page.keyboard.press('Space')
}
