import { z } from 'zod/mini'

/** The windows the Trending card offers, in days; PostHog's own default is 7. */
export const trendingWindows = [7, 14, 30] as const
export type TrendingWindow = (typeof trendingWindows)[number]
const DEFAULT_WINDOW: TrendingWindow = 7

/** Home's search params: the Trending window lives in the URL so a shared link shows the same ranking. */
export const homeSearchSchema = z.object({
  days: z.catch(z._default(z.literal(trendingWindows), DEFAULT_WINDOW), DEFAULT_WINDOW),
})
export type HomeSearch = z.infer<typeof homeSearchSchema>
export const homeSearchDefaults: HomeSearch = { days: DEFAULT_WINDOW }
