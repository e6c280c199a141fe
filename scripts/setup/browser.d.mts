export type BrowserSource = 'CHROMIUM_PATH' | 'system' | 'playwright'

export interface FoundBrowser {
  path: string
  source: BrowserSource
}

export interface Machine {
  env: Readonly<Record<string, string | undefined>>
  platform: NodeJS.Platform
  exists: (path: string) => boolean
  /** Where Playwright keeps (or would keep) its own Chromium. */
  playwrightChromium: string | null
}

export function systemBrowserPaths(platform: NodeJS.Platform, env: Machine['env']): readonly string[]
export function findBrowser(machine: Machine): FoundBrowser | null
export function linuxDistribution(osRelease: string | null | undefined): string | null
export function browserFixCommand(platform: NodeJS.Platform, distribution: string | null): string
export function browserProblem(machine: Machine & { distribution: string | null }): string | null
export function describeBrowser(found: FoundBrowser): string
