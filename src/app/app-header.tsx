import { useQuery } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import { BarChart3, Database, Globe, Menu as MenuIcon, X } from 'lucide-react'
import { projectQueries } from '@/api/projects'
import { userQueries } from '@/api/users'
import { connectionLabel, useConnection } from '@/stores/connection-store'
import { Button } from '@/components/button'
import { ThemeToggle } from './theme-toggle'

interface AppHeaderProps {
  projectId: string
  navOpen: boolean
  onToggleNav: () => void
}

export function AppHeader({ projectId, navOpen, onToggleNav }: AppHeaderProps) {
  const connection = useConnection()
  const project = useQuery(projectQueries.detail(projectId))
  const me = useQuery(userQueries.me())
  const badge = connectionLabel(connection)
  const BadgeIcon = connection.mode === 'mock' ? Database : Globe

  return (
    <header className="flex h-14 items-center gap-2 border-b border-slate-200 px-3 dark:border-slate-800">
      <Button
        variant="ghost"
        className="md:hidden"
        aria-label={navOpen ? 'Close navigation menu' : 'Open navigation menu'}
        aria-expanded={navOpen}
        aria-controls="main-nav"
        onPress={onToggleNav}
      >
        {navOpen ? <X aria-hidden className="size-5" /> : <MenuIcon aria-hidden className="size-5" />}
      </Button>
      <Link
        to="/"
        aria-label="Insight Desk home"
        className="flex shrink-0 items-center gap-2 rounded-md px-1 font-semibold whitespace-nowrap"
      >
        <BarChart3 aria-hidden className="size-5 text-blue-600 dark:text-blue-400" />
        <span aria-hidden className="hidden sm:inline">
          Insight Desk
        </span>
      </Link>
      <span aria-hidden className="text-slate-300 dark:text-slate-700">
        /
      </span>
      <span className="min-w-0 truncate text-sm text-slate-700 dark:text-slate-300" title="Current project">
        <span className="sr-only">Project: </span>
        {project.data?.name ?? (project.isError ? `Project ${projectId} (unavailable)` : `Project ${projectId}`)}
      </span>
      <div className="ml-auto flex items-center gap-1">
        <Link
          to="/settings"
          aria-label={`Connection: ${badge}. Open settings`}
          className="inline-flex max-w-48 items-center gap-1 truncate rounded-full border border-slate-300 px-2.5 py-0.5 text-xs font-medium text-slate-700 hover:bg-slate-50 dark:border-slate-700 dark:text-slate-300 dark:hover:bg-slate-800"
        >
          <BadgeIcon aria-hidden className="size-3.5 shrink-0" />
          <span className="truncate">{badge}</span>
        </Link>
        <ThemeToggle />
        {me.data && (
          <span className="hidden text-sm text-slate-600 sm:inline dark:text-slate-400" title={me.data.email}>
            {me.data.first_name}
          </span>
        )}
      </div>
    </header>
  )
}
