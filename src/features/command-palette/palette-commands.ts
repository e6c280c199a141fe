import { Activity, House, LineChart, MousePointerClick, Plus, Settings, Tags, type LucideIcon } from 'lucide-react'

type PageTarget =
  | '/project/$projectId'
  | '/project/$projectId/insights'
  | '/project/$projectId/activity'
  | '/project/$projectId/tags'
  | '/project/$projectId/elements'
  | '/settings'

export interface PaletteCommand {
  id: string
  label: string
  icon: LucideIcon
  /** Other words people type for it ("create" for New insight). */
  keywords: string
}

export interface PageCommand extends PaletteCommand {
  to: PageTarget
}

export const pageCommands: readonly PageCommand[] = [
  {
    id: 'page:home',
    label: 'Home',
    icon: House,
    keywords: 'trending recent favorites dashboard start',
    to: '/project/$projectId',
  },
  { id: 'page:insights', label: 'Insights', icon: LineChart, keywords: 'list all saved', to: '/project/$projectId/insights' },
  {
    id: 'page:activity',
    label: 'Activity',
    icon: Activity,
    keywords: 'history changes log audit',
    to: '/project/$projectId/activity',
  },
  { id: 'page:tags', label: 'Tags', icon: Tags, keywords: 'labels', to: '/project/$projectId/tags' },
  {
    id: 'page:elements',
    label: 'Elements',
    icon: MousePointerClick,
    keywords: 'autocapture clicks',
    to: '/project/$projectId/elements',
  },
  { id: 'page:settings', label: 'Settings', icon: Settings, keywords: 'connection api key host project', to: '/settings' },
]

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
