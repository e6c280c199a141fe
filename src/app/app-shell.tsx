import { Outlet, useRouterState } from '@tanstack/react-router'
import { useState } from 'react'
import { CommandPaletteLauncher } from '@/features/command-palette/command-palette-launcher'
import { useThemeStore } from '@/stores/theme-store'
import { AppHeader } from './app-header'
import { LazyToaster } from './lazy-toaster'
import { NavigationProgress } from './navigation-progress'
import { SidebarNav } from './sidebar-nav'
import { useCurrentProjectId } from './use-current-project-id'

export function AppShell() {
  const projectId = useCurrentProjectId()
  const theme = useThemeStore((s) => s.theme)
  const [navOpen, setNavOpen] = useState(false)
  // A shared link is what an outside viewer sees: no navigation, header or account, nothing that needs the API key.
  const isPublicViewer = useRouterState({ select: (state) => state.location.pathname.startsWith('/shared/') })
  if (isPublicViewer) return <Outlet />

  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 dark:focus:bg-slate-900"
      >
        Skip to content
      </a>
      <NavigationProgress />
      <div className="flex min-h-dvh flex-col">
        <AppHeader projectId={projectId} navOpen={navOpen} onToggleNav={() => setNavOpen((open) => !open)} />
        <div className="relative flex min-h-0 flex-1">
          <SidebarNav projectId={projectId} openOnMobile={navOpen} onNavigate={() => setNavOpen(false)} />
          <main id="main" tabIndex={-1} className="min-w-0 flex-1 p-4 outline-none md:p-6">
            <Outlet />
          </main>
        </div>
      </div>
      <CommandPaletteLauncher projectId={projectId} />
      <LazyToaster theme={theme} />
    </>
  )
}
