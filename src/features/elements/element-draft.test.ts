import { describe, expect, it } from 'vitest'
import type { Element } from '@/api/schemas/element'
import { draftOf, elementPatch } from './element-draft'

const element: Element = {
  id: 4,
  text: 'Start free trial',
  tag_name: 'button',
  attr_class: ['btn', 'btn-primary'],
  href: null,
  attr_id: null,
  nth_child: 2,
  nth_of_type: 1,
  attributes: {},
  order: 0,
}

describe('elementPatch', () => {
  it('sends nothing when nothing changed', () => {
    expect(elementPatch(element, draftOf(element))).toEqual({ patch: {}, errors: {} })
  })

  it('sends only the changed fields; emptied fields become null', () => {
    const draft = { ...draftOf(element), text: '', href: '/trial', attr_class: '  btn   btn-cta ', nth_child: '' }
    expect(elementPatch(element, draft)).toEqual({
      patch: { text: null, href: '/trial', attr_class: ['btn', 'btn-cta'], nth_child: null },
      errors: {},
    })
  })

  it('clears the classes when the field is emptied, and ignores spacing-only edits', () => {
    expect(elementPatch(element, { ...draftOf(element), attr_class: ' ' }).patch).toEqual({ attr_class: null })
    expect(elementPatch(element, { ...draftOf(element), attr_class: 'btn  btn-primary' }).patch).toEqual({})
  })

  it('refuses positions that are not whole numbers, naming the field', () => {
    const { patch, errors } = elementPatch(element, { ...draftOf(element), nth_of_type: '2.5', nth_child: ' 3 ' })
    expect(errors).toEqual({ nth_of_type: 'Enter a whole number, or leave it empty.' })
    expect(patch).toEqual({ nth_child: 3 })
  })
})
