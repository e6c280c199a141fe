import type { MockElement } from '../store/types'
import { postHogSerializer } from './inventory'

/*
 * Autocaptured elements as posthog/api/element.py sends them. `ElementSerializer` has no `id`: PostHog gives no way
 * to address one element, so the mock serves the list, `stats` and `values`, and no retrieve, edit or delete.
 */

/** `ElementSerializer`. */
export const elementSerializer = postHogSerializer({
  source: 'posthog/api/element.py',
  className: 'ElementSerializer',
  fields: ['text', 'tag_name', 'attr_class', 'href', 'attr_id', 'nth_child', 'nth_of_type', 'attributes', 'order'],
  // `Element` model fields with `null=True` (posthog/models/element/element.py).
  nullable: ['text', 'tag_name', 'attr_class', 'href', 'attr_id', 'nth_child', 'nth_of_type', 'order'],
})

/**
 * One group of `ElementViewSet.stats`: an element chain with how often it was clicked. Newer PostHog pages the groups
 * (`{results, next, previous}`) and names the event in `type`; `hash` is None.
 */
export const elementStatSerializer = postHogSerializer({
  source: 'posthog/api/element.py',
  className: 'ElementViewSet.stats',
  fields: ['count', 'hash', 'type', 'elements'],
  nullable: ['hash'],
})

/** The page `ElementViewSet.stats` answers (no `count`, unlike DRF's limit/offset page). */
export const elementStatsPage = postHogSerializer({
  source: 'posthog/api/element.py',
  className: 'ElementViewSet.stats (page)',
  fields: ['results', 'next', 'previous'],
  nullable: ['next', 'previous'],
})

/** One row of `ElementViewSet.values`: `{"name": value}`, built inline in the action. */
export const elementValueSerializer = postHogSerializer({
  source: 'posthog/api/element.py',
  className: 'ElementViewSet.values',
  fields: ['name'],
})

type Answer<S extends { fields: readonly string[] }> = Record<S['fields'][number], unknown>
export type ElementAnswer = Answer<typeof elementSerializer>
export type ElementStatAnswer = Answer<typeof elementStatSerializer>
export type ElementValueAnswer = Answer<typeof elementValueSerializer>

export function serializeElementValue(name: string): ElementValueAnswer {
  return { name }
}

export function serializeElement(element: MockElement): ElementAnswer {
  return {
    text: element.text,
    tag_name: element.tag_name,
    attr_class: element.attr_class,
    href: element.href,
    attr_id: element.attr_id,
    nth_child: element.nth_child,
    nth_of_type: element.nth_of_type,
    attributes: element.attributes,
    order: element.order,
  }
}
