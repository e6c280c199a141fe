import type { ElementStatsEvent } from '@/api/elements'
import type { Element } from '@/api/schemas/element'
import { elementFilterKeys, type ElementFilterKey, type ElementSearch } from './element-search'

type ElementFields = Pick<Element, 'tag_name' | 'attr_class' | 'attr_id' | 'text' | 'href'>

/** The CSS selector PostHog shows for an element: `tag.class.class#id` (the same string `values?key=selector` lists). */
export function elementSelector(element: ElementFields): string {
  const classes = (element.attr_class ?? []).map((name) => `.${name}`).join('')
  return `${element.tag_name ?? ''}${classes}${element.attr_id ? `#${element.attr_id}` : ''}`
}

/** How a person recognises an element in a sentence: its selector and, when it has one, its text. */
export function elementLabel(element: ElementFields): string {
  const selector = elementSelector(element) || 'element'
  return element.text ? `${selector} “${element.text}”` : selector
}

function fieldValue(element: ElementFields, key: ElementFilterKey): string | null {
  return key === 'selector' ? elementSelector(element) : (element[key] ?? null)
}

/** Every filter set must be contained in its property (case-insensitively), as `values` matches its `value`. */
export function matchesElementFilters(element: ElementFields, search: ElementSearch): boolean {
  return elementFilterKeys.every((key) => {
    const wanted = search[key]?.toLowerCase()
    if (!wanted) return true
    return fieldValue(element, key)?.toLowerCase().includes(wanted) ?? false
  })
}

export function hasElementFilters(search: ElementSearch): boolean {
  return elementFilterKeys.some((key) => search[key] !== undefined)
}

/** The events the click summary counts: always autocapture, plus the toggled extras. */
export function statsEvents(search: Pick<ElementSearch, 'rageclicks' | 'deadclicks'>): ElementStatsEvent[] {
  const events: ElementStatsEvent[] = ['$autocapture']
  if (search.rageclicks) events.push('$rageclick')
  if (search.deadclicks) events.push('$dead_click')
  return events
}
