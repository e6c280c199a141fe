import { Plus, type LucideIcon } from 'lucide-react'
import { navItems, type NavItem } from '@/lib/nav-items'

export interface PaletteCommand {
  id: string
  label: string
  icon: LucideIcon
  /** Other words people type for it ("create" for New insight). */
  keywords: string
}

export interface PageCommand extends PaletteCommand {
  to: NavItem['to']
}

/** Other words people type for each page ("history" for Activity). */
const pageKeywords: Readonly<Record<NavItem['to'], string>> = {
  '/project/$projectId': 'trending recent favorites dashboard start',
  '/project/$projectId/insights': 'list all saved',
  '/project/$projectId/activity': 'history changes log audit',
  '/project/$projectId/tags': 'labels',
  '/project/$projectId/elements': 'autocapture clicks',
  '/project/$projectId/cleanup': 'unused retire delete archive duplicates stale samples tidy',
  '/settings': 'connection api key host project',
}

/** The sidebar's pages, so quick open offers exactly what the sidebar does. */
export const pageCommands: readonly PageCommand[] = navItems.map((item) => ({
  id: `page:${item.label.toLowerCase()}`,
  label: item.label,
  icon: item.icon,
  keywords: pageKeywords[item.to],
  to: item.to,
}))

export const NEW_INSIGHT = 'action:new-insight'

export const actionCommands: readonly PaletteCommand[] = [
  { id: NEW_INSIGHT, label: 'New insight', icon: Plus, keywords: 'create add insight' },
]

/** Commands with a word starting with each word typed ("set" finds Settings, "api key" too); all for an empty input. */
export function matchCommands<T extends PaletteCommand>(commands: readonly T[], input: string): T[] {
  const typed = input.toLowerCase().split(/\s+/).filter(Boolean)
  if (!typed.length) return [...commands]
  return commands.filter((command) => {
    const words = `${command.label} ${command.keywords}`.toLowerCase().split(/\s+/)
    return typed.every((prefix) => words.some((word) => word.startsWith(prefix)))
  })
}
