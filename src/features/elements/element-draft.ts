import type { Element, ElementWrite } from '@/api/schemas/element'

export type ElementDraftField = 'tag_name' | 'text' | 'href' | 'attr_class' | 'attr_id' | 'nth_child' | 'nth_of_type'
export type ElementDraft = Record<ElementDraftField, string>

export function draftOf(element: Element): ElementDraft {
  return {
    tag_name: element.tag_name ?? '',
    text: element.text ?? '',
    href: element.href ?? '',
    attr_class: (element.attr_class ?? []).join(' '),
    attr_id: element.attr_id ?? '',
    nth_child: element.nth_child === null ? '' : String(element.nth_child),
    nth_of_type: element.nth_of_type === null ? '' : String(element.nth_of_type),
  }
}

const blankToNull = (text: string) => (text === '' ? null : text)

/**
 * The draft as a PATCH of only what changed, or the fields that cannot be sent (a position that is not a whole
 * number). Empty fields clear the value (null), as PostHog stores a missing property.
 */
export function elementPatch(
  element: Element,
  draft: ElementDraft,
): { patch: ElementWrite; errors: Partial<Record<ElementDraftField, string>> } {
  const patch: ElementWrite = {}
  const errors: Partial<Record<ElementDraftField, string>> = {}
  const before = draftOf(element)
  for (const field of ['tag_name', 'text', 'href', 'attr_id'] as const) {
    if (draft[field] !== before[field]) patch[field] = blankToNull(draft[field])
  }
  const classes = draft.attr_class.split(/\s+/).filter(Boolean)
  if (classes.join(' ') !== before.attr_class) patch.attr_class = classes.length ? classes : null
  for (const field of ['nth_child', 'nth_of_type'] as const) {
    const text = draft[field].trim()
    if (text === before[field]) continue
    if (text === '') patch[field] = null
    else if (/^\d+$/.test(text)) patch[field] = Number(text)
    else errors[field] = 'Enter a whole number, or leave it empty.'
  }
  return { patch, errors }
}
