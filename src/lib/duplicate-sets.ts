/**
 * Items whose normalized queries are the same (`queryFingerprint` from `query-normalize.ts`), as sets of two or more;
 * items without a query (`null`) are never duplicates of each other. The fingerprints are taken where the insights are
 * read — in the clean-up scan's worker, off the main thread — so grouping them here is one pass over a map.
 */
export function findDuplicateSets<T extends { queryFingerprint: string | null }>(items: readonly T[]): T[][] {
  const byFingerprint = new Map<string, T[]>()
  for (const item of items) {
    if (item.queryFingerprint === null) continue
    const set = byFingerprint.get(item.queryFingerprint)
    if (set) set.push(item)
    else byFingerprint.set(item.queryFingerprint, [item])
  }
  return [...byFingerprint.values()].filter((set) => set.length > 1)
}
