import type { FoundBrowser, Machine } from './browser.mjs'

export function browserInstallPlan(options: { env: Machine['env']; found: FoundBrowser | null; fix: string }): {
  download: boolean
  line: string
}

export function provideBrowser(options?: {
  machine?: Machine & { osRelease: string | null }
  install?: () => Promise<void>
  log?: (line: string) => void
}): Promise<'skipped' | 'installed' | 'failed'>
