import { describe, expect, it } from 'vitest'
import { elementSearchSchema } from './element-search'
import { elementLabel, elementSelector, hasElementFilters, matchesElementFilters, statsEvents } from './element-filters'

const button = { tag_name: 'button', attr_class: ['btn', 'btn-primary'], attr_id: 'cta-1', text: 'Start free trial', href: null }
const link = { tag_name: 'a', attr_class: ['nav-link'], attr_id: null, text: 'Pricing', href: '/pricing' }

describe('elementSelector and elementLabel', () => {
  it('write tag, classes and id the way PostHog shows a selector', () => {
    expect(elementSelector(button)).toBe('button.btn.btn-primary#cta-1')
    expect(elementSelector({ tag_name: null, attr_class: null, attr_id: null, text: null, href: null })).toBe('')
  })

  it('name an element by selector and text', () => {
    expect(elementLabel(link)).toBe('a.nav-link “Pricing”')
    expect(elementLabel({ ...link, text: null })).toBe('a.nav-link')
    expect(elementLabel({ tag_name: null, attr_class: null, attr_id: null, text: null, href: null })).toBe('element')
  })
})

describe('matchesElementFilters', () => {
  it('keeps everything without filters', () => {
    expect(matchesElementFilters(button, {})).toBe(true)
    expect(hasElementFilters({ rageclicks: true })).toBe(false)
  })

  it('matches each property case-insensitively by substring, all filters at once', () => {
    expect(matchesElementFilters(button, { text: 'FREE' })).toBe(true)
    expect(matchesElementFilters(link, { text: 'free' })).toBe(false)
    expect(matchesElementFilters(link, { href: '/pric' })).toBe(true)
    expect(matchesElementFilters(button, { href: '/' })).toBe(false)
    expect(matchesElementFilters(button, { selector: 'btn-primary#cta' })).toBe(true)
    expect(matchesElementFilters(button, { tag_name: 'button', text: 'Pricing' })).toBe(false)
    expect(hasElementFilters({ tag_name: 'a' })).toBe(true)
  })
})

describe('statsEvents', () => {
  it('always counts autocapture and adds the toggled events', () => {
    expect(statsEvents({})).toEqual(['$autocapture'])
    expect(statsEvents({ rageclicks: true, deadclicks: true })).toEqual(['$autocapture', '$rageclick', '$dead_click'])
  })
})

describe('elementSearchSchema', () => {
  it('drops junk instead of failing', () => {
    expect(elementSearchSchema.parse({ tag_name: '', text: 3, rageclicks: 'yes', href: '/x' })).toEqual({ href: '/x' })
  })
})
