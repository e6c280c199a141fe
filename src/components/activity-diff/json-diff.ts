export interface JsonChange {
  /** Where the value sits, e.g. `source.series[0].event`; empty for the whole value. */
  path: string
  kind: 'added' | 'removed' | 'changed'
  before?: unknown
  after?: unknown
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`
  return /^[A-Za-z_$][\w$]*$/.test(key) ? (path ? `${path}.${key}` : key) : `${path}[${JSON.stringify(key)}]`
}

/** The leaves that differ between two JSON values, each with its path: a query change reads as "interval: day → week". */
export function diffJson(before: unknown, after: unknown, path = ''): JsonChange[] {
  if (JSON.stringify(before) === JSON.stringify(after)) return []
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])]
    return keys.flatMap((key) => {
      const inBefore = Object.hasOwn(before, key)
      const inAfter = Object.hasOwn(after, key)
      if (!inBefore) return [{ path: join(path, key), kind: 'added' as const, after: after[key] }]
      if (!inAfter) return [{ path: join(path, key), kind: 'removed' as const, before: before[key] }]
      return diffJson(before[key], after[key], join(path, key))
    })
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const length = Math.max(before.length, after.length)
    return Array.from({ length }, (_, index): JsonChange[] => {
      if (index >= before.length) return [{ path: join(path, index), kind: 'added', after: after[index] }]
      if (index >= after.length) return [{ path: join(path, index), kind: 'removed', before: before[index] }]
      return diffJson(before[index], after[index], join(path, index))
    }).flat()
  }
  if (before === undefined || before === null) return [{ path, kind: 'added', after }]
  if (after === undefined || after === null) return [{ path, kind: 'removed', before }]
  return [{ path, kind: 'changed', before, after }]
}

/** Added and removed members of two lists of names (tags, dashboards). */
export function diffList(before: unknown, after: unknown): { added: string[]; removed: string[] } {
  const list = (value: unknown) => (Array.isArray(value) ? value.map((item) => String(item)) : [])
  const a = list(before)
  const b = list(after)
  return { added: b.filter((item) => !a.includes(item)), removed: a.filter((item) => !b.includes(item)) }
}
