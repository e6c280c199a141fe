import { elementWriteSchema, type Element, type ElementStat } from '@/api/schemas/element'
import type { MockElement } from '../store/types'
import { notFound } from './errors'
import { paginate } from './lookups'
import { created, noContent, ok, projectRoute, type ProjectContext } from './router'

const ELEMENT_EVENTS = ['$autocapture', '$rageclick', '$dead_click'] as const
const MAX_VALUES = 50

/** The serialized fields without the id (how `stats` nests elements). */
function elementFields(element: MockElement): Omit<Element, 'id'> {
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

function toElement(element: MockElement): Element {
  return { id: element.id, ...elementFields(element) }
}

function requireElement(context: ProjectContext): MockElement {
  const id = Number(context.params.id)
  const element = context.store.db.elements.find((entry) => entry.id === id && entry.project_id === context.project.id)
  if (!element) throw notFound()
  return element
}

/** The CSS selector PostHog shows for an element (`tag.class#id`). */
function selectorOf(element: MockElement): string {
  return `${element.tag_name ?? ''}${(element.attr_class ?? []).map((name) => `.${name}`).join('')}${element.attr_id ? `#${element.attr_id}` : ''}`
}

function stats(context: ProjectContext): ElementStat[] {
  // Without `include`, PostHog only reports $autocapture (the endpoint's original behaviour).
  const requested = context.url.searchParams.getAll('include').flatMap((value) => value.split(','))
  const include = new Set(
    requested.length > 0 ? requested.filter((event) => (ELEMENT_EVENTS as readonly string[]).includes(event)) : ['$autocapture'],
  )
  const groups = new Map<string, ElementStat>()
  for (const element of context.store.db.elements) {
    if (element.project_id !== context.project.id || !include.has(element.event)) continue
    const hash = `${element.event}:${selectorOf(element)}:${element.text ?? ''}:${element.href ?? ''}`
    const group = groups.get(hash) ?? { count: 0, hash, type: element.event, elements: [elementFields(element)] }
    group.count += element.clicks
    groups.set(hash, group)
  }
  return [...groups.values()].sort((a, b) => b.count - a.count)
}

function values(context: ProjectContext): { name: string }[] {
  const key = context.url.searchParams.get('key')
  const filter = context.url.searchParams.get('value')?.toLowerCase() ?? ''
  const read = (element: MockElement): string | null => {
    switch (key) {
      case 'tag_name':
        return element.tag_name
      case 'text':
        return element.text
      case 'href':
        return element.href
      case 'selector':
        return selectorOf(element)
      default:
        return null
    }
  }
  const names = new Set<string>()
  for (const element of context.store.db.elements) {
    if (element.project_id !== context.project.id) continue
    const value = read(element)
    if (value && value.toLowerCase().includes(filter)) names.add(value)
  }
  return [...names]
    .sort()
    .slice(0, MAX_VALUES)
    .map((name) => ({ name }))
}

export const elementHandlers = [
  projectRoute(
    'GET',
    'elements',
    'element:read',
    (context) =>
      ok(
        paginate(
          context,
          context.store.db.elements.filter((element) => element.project_id === context.project.id).map(toElement),
        ),
      ),
    { csv: true },
  ),
  projectRoute('POST', 'elements', 'element:write', async (context) => {
    const body = await context.body(elementWriteSchema)
    const element: MockElement = {
      id: context.store.nextId('element'),
      project_id: context.project.id,
      text: body.text ?? null,
      tag_name: body.tag_name ?? null,
      attr_class: body.attr_class ?? null,
      href: body.href ?? null,
      attr_id: body.attr_id ?? null,
      nth_child: body.nth_child ?? null,
      nth_of_type: body.nth_of_type ?? null,
      attributes: body.attributes ?? {},
      order: body.order ?? null,
      clicks: 0,
      event: '$autocapture',
    }
    context.store.db.elements.push(element)
    context.store.commit()
    return created(toElement(element))
  }),
  projectRoute('GET', 'elements/stats', 'element:read', (context) => ok(stats(context))),
  projectRoute('GET', 'elements/values', 'element:read', (context) => ok(values(context))),
  projectRoute('GET', 'elements/:id', 'element:read', (context) => ok(toElement(requireElement(context)))),
  projectRoute('PATCH', 'elements/:id', 'element:write', async (context) => {
    const element = requireElement(context)
    const body = await context.body(elementWriteSchema)
    for (const [field, value] of Object.entries(body)) {
      if (value !== undefined) Object.assign(element, { [field]: value })
    }
    context.store.commit()
    return ok(toElement(element))
  }),
  projectRoute('DELETE', 'elements/:id', 'element:write', (context) => {
    const element = requireElement(context)
    context.store.db.elements = context.store.db.elements.filter((entry) => entry !== element)
    context.store.commit()
    return noContent()
  }),
]
