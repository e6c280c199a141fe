import { Monitor, Moon, Sun } from 'lucide-react'
import { useEffect, useSyncExternalStore } from 'react'
import { Button } from '@/components/button'
import { isDarkTheme, prefersDark, useThemeStore, type ThemePreference } from '@/stores/theme-store'

const next: Record<ThemePreference, ThemePreference> = { system: 'light', light: 'dark', dark: 'system' }
const labels: Record<ThemePreference, string> = { system: 'System', light: 'Light', dark: 'Dark' }

function subscribeToSystemTheme(onChange: () => void) {
  const query = matchMedia('(prefers-color-scheme: dark)')
  query.addEventListener('change', onChange)
  return () => query.removeEventListener('change', onChange)
}

/** Follows the system until the user picks; the choice is remembered across reloads. One press moves system → light → dark. */
export function ThemeToggle() {
  const { theme, setTheme } = useThemeStore()
  const systemDark = useSyncExternalStore(subscribeToSystemTheme, prefersDark)
  const dark = isDarkTheme(theme, systemDark)

  useEffect(() => {
    document.documentElement.classList.toggle('dark', dark)
  }, [dark])

  const Icon = theme === 'system' ? Monitor : dark ? Moon : Sun
  return (
    <Button
      variant="ghost"
      aria-label={`Theme: ${labels[theme]}. Switch to ${labels[next[theme]]}`}
      onPress={() => setTheme(next[theme])}
    >
      <Icon aria-hidden className="size-4" />
    </Button>
  )
}
