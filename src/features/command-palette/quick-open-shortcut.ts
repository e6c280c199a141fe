/** Ctrl+K, or ⌘K on a Mac (either is accepted everywhere: a keyboard may be shared between systems). */
export function isQuickOpenShortcut(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): boolean {
  return event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey
}

/** How the shortcut is written for this user: "⌘K" on Apple systems, "Ctrl K" elsewhere. */
export function quickOpenKeys(platform: string): string {
  return /mac|iphone|ipad/i.test(platform) ? '⌘K' : 'Ctrl K'
}
