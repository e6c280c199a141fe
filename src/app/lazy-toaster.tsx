import { lazy, Suspense, useEffect, useSyncExternalStore } from 'react'
import { isToasterWanted, subscribeToToasterRequest, toasterMounted } from '@/components/notify'
import type { ThemePreference } from '@/stores/theme-store'

const Toaster = lazy(async () => {
  const { Toaster: SonnerToaster } = await import('sonner')
  function ReadyToaster(props: React.ComponentProps<typeof SonnerToaster>) {
    useEffect(toasterMounted, [])
    return <SonnerToaster {...props} />
  }
  return { default: ReadyToaster }
})

/** The toast region, mounted the first time something wants to show a toast. */
export function LazyToaster({ theme }: { theme: ThemePreference }) {
  const wanted = useSyncExternalStore(subscribeToToasterRequest, isToasterWanted)
  if (!wanted) return null
  return (
    <Suspense fallback={null}>
      <Toaster theme={theme} closeButton position="bottom-right" />
    </Suspense>
  )
}
