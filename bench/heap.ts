/**
 * Memory over a long session, for `npm run bench`: opens 50 insights one after another from the list (click a row,
 * wait for the detail page, go back), in one tab of the built app in API mode, and reads the JS heap after a forced
 * garbage collection once 10 and once 50 insights have been opened. Growth beyond the first 10 is what a leak would
 * show; React Query's cache of opened insights is expected and small.
 */
import type { Browser, Page } from 'playwright-core'
import { sameOriginApiSettings } from './api-mode'

export interface HeapBench {
  afterTenMb: number
  afterFiftyMb: number
  /** (afterFifty − afterTen) / afterTen, as a percentage; the budget is 20. */
  growthPercent: number
}

const OPENED = 50
const BASELINE_AFTER = 10

async function usedHeapMb(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page)
  await session.send('HeapProfiler.enable')
  await session.send('HeapProfiler.collectGarbage')
  const { usedSize } = await session.send('Runtime.getHeapUsage')
  await session.detach()
  return usedSize / 1024 / 1024
}

export async function benchHeap(browser: Browser, baseUrl: string): Promise<HeapBench> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  await context.addInitScript({ content: sameOriginApiSettings })
  try {
    const page = await context.newPage()
    await page.goto(`${baseUrl}/project/1/insights?pageSize=100`)
    const rowLinks = page.locator('[data-insight-row] a[data-row-link]')
    await rowLinks.first().waitFor()
    // The list's background reads (the alert bells, paced one page per idle moment) belong to the baseline, not growth.
    await page.waitForLoadState('networkidle')
    let afterTen = 0
    for (let index = 0; index < OPENED; index++) {
      await rowLinks.nth(index).click()
      await page.waitForURL(/\/insights\/[^/?]+(\?|$)/)
      await page.getByRole('navigation', { name: 'Insight sections' }).waitFor()
      await page.locator('main h1').waitFor()
      await page.goBack()
      await rowLinks.nth(index).waitFor()
      if (index + 1 === BASELINE_AFTER) afterTen = await usedHeapMb(page)
    }
    const afterFifty = await usedHeapMb(page)
    return { afterTenMb: afterTen, afterFiftyMb: afterFifty, growthPercent: ((afterFifty - afterTen) / afterTen) * 100 }
  } finally {
    await context.close()
  }
}
