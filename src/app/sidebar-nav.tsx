import { Link } from '@tanstack/react-router'
import { CommandPaletteButton } from '@/features/command-palette/command-palette-button'
import { navItems } from '@/lib/nav-items'

interface SidebarNavProps {
  projectId: string
  /** Below 768px the sidebar is hidden until the header's menu button opens it. */
  openOnMobile: boolean
  onNavigate: () => void
}

export function SidebarNav({ projectId, openOnMobile, onNavigate }: SidebarNavProps) {
  // z-40 lifts the phone's folded-out menu; from md up the nav is a static flex item, whose z-index still counts, so
  // it is reset there (it lay over the list's bulk action bar).
  return (
    <nav
      id="main-nav"
      aria-label="Main"
      className={`${openOnMobile ? 'block' : 'hidden'} absolute inset-x-0 top-0 z-40 border-b border-slate-200 bg-white p-3 shadow-lg md:static md:z-auto md:block md:w-52 md:shrink-0 md:border-r md:border-b-0 md:shadow-none dark:border-slate-800 dark:bg-slate-950`}
    >
      <div className="mb-3">
        {/* On a phone the folded menu closes, so whatever quick open leads to is not hidden behind it. */}
        <CommandPaletteButton onOpen={onNavigate} />
      </div>
      <ul className="space-y-1">
        {navItems.map(({ label, icon: Icon, to, exact = false }) => (
          <li key={to}>
            <Link
              to={to}
              params={{ projectId }}
              activeOptions={{ exact }}
              onClick={onNavigate}
              className="flex items-center gap-2 rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
              activeProps={{ className: 'bg-blue-50 text-blue-800 dark:bg-blue-950 dark:text-blue-200', 'aria-current': 'page' }}
            >
              <Icon aria-hidden className="size-4" />
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
