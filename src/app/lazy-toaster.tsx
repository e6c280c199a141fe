import { useEffect, useSyncExternalStore } from 'react'
import { lazyCode, lazyComponent } from '@/lib/lazy-code'
import { isToasterWanted, subscribeToToasterRequest, toasterMounted } from '@/components/notify'
import type { ThemePreference } from '@/stores/theme-store'

const Toaster = lazyComponent(
  lazyCode(async () => {
    const { Toaster: SonnerToaster } = await import('sonner')
    return function ReadyToaster(props: React.ComponentProps<typeof SonnerToaster>) {
      useEffect(toasterMounted, [])
      return <SonnerToaster {...props} />
    }
  }),
)

/** The toast region, mounted the first time something wants to show a toast. */
export function LazyToaster({ theme }: { theme: ThemePreference }) {
  const wanted = useSyncExternalStore(subscribeToToasterRequest, isToasterWanted)
  if (!wanted) return null
  return <Toaster theme={theme} closeButton position="bottom-right" />
}
