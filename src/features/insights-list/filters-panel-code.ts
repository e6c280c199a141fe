import type InsightFiltersPanel from './insight-filters-panel'

type FiltersPanel = typeof InsightFiltersPanel

let loaded: FiltersPanel | undefined

/**
 * Fetches the filter panel's code, a chunk of its own: the panel is closed on most visits. An address with filters
 * opens the list with the panel open, so the list's loader waits for this too; drawn a moment after the rows, the panel
 * pushed every row down (twice, as its lists filled), under a click already on its way.
 */
export function loadFiltersPanel(): Promise<{ default: FiltersPanel }> {
  return import('./insight-filters-panel').then((module) => {
    loaded = module.default
    return module
  })
}

/** The panel, if its code is here already: drawn in the same render as the rows, with no placeholder first. */
export function loadedFiltersPanel(): FiltersPanel | undefined {
  return loaded
}
