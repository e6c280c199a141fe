/*
 * Insight queries compared by meaning, not by text: two saved insights whose queries differ only in key order, in
 * values PostHog would fill in anyway, or in how a relative date is written ask PostHog the same question.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Values PostHog's query schema assumes when a key is absent, per node kind: spelling them out changes nothing. */
const DEFAULTS_BY_KIND: Record<string, Record<string, unknown>> = {
  TrendsQuery: { interval: 'day', filterTestAccounts: false },
  FunnelsQuery: { filterTestAccounts: false, interval: 'day' },
  RetentionQuery: { filterTestAccounts: false },
  PathsQuery: { filterTestAccounts: false },
  StickinessQuery: { filterTestAccounts: false, interval: 'day' },
  LifecycleQuery: { filterTestAccounts: false, interval: 'day' },
  EventsNode: { math: 'total' },
  ActionsNode: { math: 'total' },
}
/** Defaults of the nested filter objects, keyed by the property that holds them. */
const DEFAULTS_BY_FIELD: Record<string, Record<string, unknown>> = {
  trendsFilter: { display: 'ActionsLineGraph' },
  funnelsFilter: { funnelVizType: 'steps', funnelOrderType: 'ordered' },
  breakdownFilter: { breakdown_type: 'event' },
}

const DATE_KEYS = new Set(['date_from', 'date_to'])
const UNITS_IN_DAYS: Record<string, number> = { d: 1, w: 7 }

/**
 * One spelling per date: relative day and week ranges in days (`-2w` → `-14d`), absolute midnight timestamps as dates
 * (`2026-01-05T00:00:00Z` → `2026-01-05`). Months and years stay as they are: `-1m` is a calendar month, not 30 days.
 */
export function normalizeDate(value: string): string {
  const text = value.trim().toLowerCase()
  const relative = /^-(\d+)([dw])$/.exec(text)
  if (relative?.[1] && relative[2]) return `-${Number(relative[1]) * (UNITS_IN_DAYS[relative[2]] ?? 1)}d`
  const midnight = /^(\d{4}-\d{2}-\d{2})(?:[t ]00:00(?::00(?:\.0+)?)?(?:z|\+00:00)?)?$/.exec(text)
  if (midnight?.[1]) return midnight[1]
  return value.trim()
}

/** A table's own entry: keys come from saved queries, so `constructor` or `__proto__` must not reach Object.prototype. */
function ownEntry<T>(table: Record<string, T> | undefined, key: string): T | undefined {
  return table && Object.hasOwn(table, key) ? table[key] : undefined
}

function withoutDefaults(record: Record<string, unknown>, defaults: Record<string, unknown> | undefined, key: string) {
  const fallback = ownEntry(defaults, key)
  return fallback !== undefined && record[key] === fallback
}

function normalizeValue(value: unknown, field: string | null): Json | undefined {
  if (value === null || value === undefined) return undefined
  if (typeof value === 'string') {
    if (field !== null && DATE_KEYS.has(field)) return normalizeDate(value)
    return value
  }
  if (typeof value === 'number' || typeof value === 'boolean') return value
  if (Array.isArray(value)) {
    const items = value.map((item) => normalizeValue(item, null) ?? null)
    return items.length ? items : undefined
  }
  if (!isRecord(value)) return undefined
  return normalizeRecord(value, field)
}

function normalizeRecord(record: Record<string, unknown>, field: string | null): Json | undefined {
  const kind = typeof record.kind === 'string' ? record.kind : null
  const kindDefaults = kind ? ownEntry(DEFAULTS_BY_KIND, kind) : undefined
  const fieldDefaults = field ? ownEntry(DEFAULTS_BY_FIELD, field) : undefined
  const out: Record<string, Json> = {}
  for (const key of Object.keys(record).sort()) {
    if (withoutDefaults(record, kindDefaults, key) || withoutDefaults(record, fieldDefaults, key)) continue
    // A series' `name` is its label and defaults to the event; written out, it changes nothing.
    if (kind === 'EventsNode' && key === 'name' && record.name === record.event) continue
    let normalized = normalizeValue(record[key], key)
    if (kind === 'HogQLQuery' && key === 'query' && typeof normalized === 'string') {
      normalized = normalized.trim().replace(/\s+/g, ' ')
    }
    if (normalized !== undefined) out[key] = normalized
  }
  // The wrapper PostHog's UI stores around a query adds nothing when it carries no settings of its own.
  if (kind === 'InsightVizNode' && Object.keys(out).length === 2 && out.source !== undefined) return out.source
  return Object.keys(out).length ? out : undefined
}

/** The query in one canonical form (sorted keys, no defaults, one spelling per date), or null for no query. */
export function normalizeQuery(query: unknown): Json {
  return normalizeValue(query, null) ?? null
}

/** A string equal for two queries exactly when they ask the same thing, as far as the rules above can tell. */
export function queryFingerprint(query: unknown): string {
  return JSON.stringify(normalizeQuery(query))
}
