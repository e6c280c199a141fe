import type { Machine } from './browser.mjs'

export function thisMachine(): Machine & { osRelease: string | null }

export function browserOnThisMachine(): { path: string; problem: null } | { path: null; problem: string }
