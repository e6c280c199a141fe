import { Activity, Eraser, House, LineChart, MousePointerClick, Settings, Tags, type LucideIcon } from 'lucide-react'

/** The app's pages, in the order the sidebar and quick open list them. */
export interface NavItem {
  label: string
  icon: LucideIcon
  /** A path with `$projectId`, filled in with the current project. */
  to:
    | '/project/$projectId'
    | '/project/$projectId/insights'
    | '/project/$projectId/activity'
    | '/project/$projectId/tags'
    | '/project/$projectId/elements'
    | '/project/$projectId/cleanup'
    | '/settings'
  /** Home is the parent of every project page: it is the current page only on its own address. */
  exact?: boolean
}

export const navItems: readonly NavItem[] = [
  { label: 'Home', icon: House, to: '/project/$projectId', exact: true },
  { label: 'Insights', icon: LineChart, to: '/project/$projectId/insights' },
  { label: 'Activity', icon: Activity, to: '/project/$projectId/activity' },
  { label: 'Tags', icon: Tags, to: '/project/$projectId/tags' },
  { label: 'Elements', icon: MousePointerClick, to: '/project/$projectId/elements' },
  { label: 'Clean-up', icon: Eraser, to: '/project/$projectId/cleanup' },
  { label: 'Settings', icon: Settings, to: '/settings' },
]
