import { describe, expect, it } from 'vitest'
import { isQuickOpenShortcut, quickOpenKeys } from './quick-open-shortcut'

const key = (overrides: Partial<KeyboardEvent>) => ({
  key: 'k',
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...overrides,
})

describe('isQuickOpenShortcut', () => {
  it('is Ctrl+K or ⌘K, whatever the case of the key', () => {
    expect(isQuickOpenShortcut(key({ ctrlKey: true }))).toBe(true)
    expect(isQuickOpenShortcut(key({ metaKey: true }))).toBe(true)
    expect(isQuickOpenShortcut(key({ ctrlKey: true, key: 'K' }))).toBe(true)
  })

  it('leaves a bare k (the list moves up with it) and other chords alone', () => {
    expect(isQuickOpenShortcut(key({}))).toBe(false)
    expect(isQuickOpenShortcut(key({ ctrlKey: true, shiftKey: true }))).toBe(false)
    expect(isQuickOpenShortcut(key({ ctrlKey: true, altKey: true }))).toBe(false)
    expect(isQuickOpenShortcut(key({ ctrlKey: true, key: 'j' }))).toBe(false)
  })
})

describe('quickOpenKeys', () => {
  it('writes the shortcut the way the platform does', () => {
    expect(quickOpenKeys('MacIntel')).toBe('⌘K')
    expect(quickOpenKeys('iPad')).toBe('⌘K')
    expect(quickOpenKeys('Win32')).toBe('Ctrl K')
    expect(quickOpenKeys('Linux x86_64')).toBe('Ctrl K')
  })
})
