import {
  Braces,
  Database,
  Filter,
  Magnet,
  RefreshCcw,
  Repeat,
  Route as PathIcon,
  TrendingUp,
  type LucideIcon,
} from 'lucide-react'
import type { InsightKind } from '@/api/schemas/insight'

/** The insight types as PostHog names them in its UI. */
export const insightTypeLabels: Readonly<Record<InsightKind, string>> = {
  TRENDS: 'Trends',
  FUNNELS: 'Funnels',
  RETENTION: 'Retention',
  PATHS: 'Paths',
  STICKINESS: 'Stickiness',
  LIFECYCLE: 'Lifecycle',
  SQL: 'SQL',
  JSON: 'Other query',
}

const icons: Readonly<Record<InsightKind, LucideIcon>> = {
  TRENDS: TrendingUp,
  FUNNELS: Filter,
  RETENTION: Repeat,
  PATHS: PathIcon,
  STICKINESS: Magnet,
  LIFECYCLE: RefreshCcw,
  SQL: Database,
  JSON: Braces,
}

/** The type's icon and label together; the icon is decoration, the label carries the meaning. */
export function InsightTypeBadge({ kind, compact = false }: { kind: InsightKind; compact?: boolean }) {
  const Icon = icons[kind]
  return (
    <span className="inline-flex items-center gap-1.5 text-sm whitespace-nowrap text-slate-700 dark:text-slate-300">
      <Icon aria-hidden className="size-4 shrink-0 text-slate-500 dark:text-slate-400" />
      <span className={compact ? 'sr-only' : undefined}>{insightTypeLabels[kind]}</span>
    </span>
  )
}
