import {
  elementSerializer,
  serializeElement,
  serializeElementValue,
  type ElementStatAnswer,
  type ElementValueAnswer,
} from '../posthog/element-serializers'
import type { MockElement } from '../store/types'
import { paginate } from './lookups'
import { ok, projectRoute, type ProjectContext } from './router'

const ELEMENT_EVENTS = ['$autocapture', '$rageclick', '$dead_click'] as const
/** `GET_VALUES`, the ClickHouse query behind `ElementViewSet.values`, ends `LIMIT 100`. */
const MAX_VALUES = 100
/** Groups per stats page when `limit` is not given. */
const STATS_PAGE_SIZE = 100

/** The CSS selector PostHog shows for an element (`tag.class#id`). */
function selectorOf(element: MockElement): string {
  return `${element.tag_name ?? ''}${(element.attr_class ?? []).map((name) => `.${name}`).join('')}${element.attr_id ? `#${element.attr_id}` : ''}`
}

function stats(context: ProjectContext): ElementStatAnswer[] {
  // Without `include`, PostHog only reports $autocapture (the endpoint's original behaviour).
  const requested = context.url.searchParams.getAll('include').flatMap((value) => value.split(','))
  const include = new Set(
    requested.length > 0 ? requested.filter((event) => (ELEMENT_EVENTS as readonly string[]).includes(event)) : ['$autocapture'],
  )
  const groups = new Map<string, ElementStatAnswer & { count: number }>()
  for (const element of context.store.db.elements) {
    if (element.project_id !== context.project.id || !include.has(element.event)) continue
    const hash = `${element.event}:${selectorOf(element)}:${element.text ?? ''}:${element.href ?? ''}`
    const group = groups.get(hash) ?? { count: 0, hash, type: element.event, elements: [serializeElement(element)] }
    group.count += element.clicks
    groups.set(hash, group)
  }
  return [...groups.values()].sort((a, b) => b.count - a.count)
}

/**
 * `ElementViewSet.values` (posthog/api/element.py): `[{name}]`, the values of `key` extracted from `$autocapture`
 * element chains with a regex, most clicked first, at most 100 (`GET_VALUES`). A key that is not one of
 * `ElementSerializer`'s fields (such as `selector`) answers `[]`; so do the fields the chain spells otherwise
 * (`attr__class`, `nth-child`, `nth-of-type`, `attr__…`), which the `key="…"` regex never finds. `value` is a
 * case-sensitive substring (ClickHouse `match`); for `tag_name` it is matched against the clicked element's tag.
 */
function values(context: ProjectContext): ElementValueAnswer[] {
  const key = context.url.searchParams.get('key')
  const filter = context.url.searchParams.get('value') ?? ''
  if (key === null || !(elementSerializer.fields as readonly string[]).includes(key)) return []
  const read = (element: MockElement): string | null => {
    switch (key) {
      case 'tag_name':
        return element.tag_name
      case 'text':
        return element.text
      case 'href':
        return element.href
      case 'attr_id':
        return element.attr_id
      default:
        return null
    }
  }
  const counts = new Map<string, number>()
  for (const element of context.store.db.elements) {
    if (element.project_id !== context.project.id || element.event !== '$autocapture') continue
    const value = read(element)
    if (value && value.includes(filter)) counts.set(value, (counts.get(value) ?? 0) + element.clicks)
  }
  return [...counts]
    .sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b))
    .slice(0, MAX_VALUES)
    .map(([name]) => serializeElementValue(name))
}

/**
 * `ElementViewSet` (posthog/api/element.py). Its list and stats are all the app can use: `ElementSerializer` sends no
 * id, so no element can be fetched, edited or deleted through the API, and the mock offers no such routes.
 * The mock's click counts stand for stats' default window (`date_from` -7d); stats pages as `{results, next, previous}`.
 */
export const elementHandlers = [
  projectRoute(
    'GET',
    'elements',
    'element:read',
    (context) =>
      ok(
        paginate(
          context,
          context.store.db.elements.filter((element) => element.project_id === context.project.id).map(serializeElement),
        ),
      ),
    { csv: true },
  ),
  projectRoute('GET', 'elements/stats', 'element:read', (context) => {
    const { count: _count, ...page } = paginate(context, stats(context), { defaultLimit: STATS_PAGE_SIZE })
    return ok(page)
  }),
  projectRoute('GET', 'elements/values', 'element:read', (context) => ok(values(context))),
]
