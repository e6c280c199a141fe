import { lazyCode } from '@/lib/lazy-code'

/**
 * The filter panel's code, a chunk of its own: the panel is closed on most visits. An address with filters opens the
 * list with the panel open, so the list's loader waits for this too; drawn a moment after the rows, the panel pushed
 * every row down (twice, as its lists filled), under a click already on its way.
 */
export const filtersPanelCode = lazyCode(() => import('./insight-filters-panel').then((module) => module.default))
