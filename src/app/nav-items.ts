import { Activity, LineChart, Settings, Tags, type LucideIcon } from 'lucide-react'

export interface NavItem {
  label: string
  icon: LucideIcon
  /** A path with `$projectId`, filled in with the current project. */
  to: '/project/$projectId/insights' | '/project/$projectId/activity' | '/project/$projectId/tags' | '/settings'
}

export const navItems: readonly NavItem[] = [
  { label: 'Insights', icon: LineChart, to: '/project/$projectId/insights' },
  { label: 'Activity', icon: Activity, to: '/project/$projectId/activity' },
  { label: 'Tags', icon: Tags, to: '/project/$projectId/tags' },
  { label: 'Settings', icon: Settings, to: '/settings' },
]
