import type { ExternalToast } from 'sonner'

type Kind = 'success' | 'error' | 'info' | 'message'

// Sonner and its Toaster load only when the first toast is shown: most page loads never need them.
let toasterWanted = false
let markReady: () => void = () => undefined
const toasterReady = new Promise<void>((resolve) => {
  markReady = resolve
})
const listeners = new Set<() => void>()

export function subscribeToToasterRequest(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function isToasterWanted(): boolean {
  return toasterWanted
}

/** Called by the mounted Toaster; toasts sent before it subscribed would be lost. */
export function toasterMounted(): void {
  markReady()
}

export function notify(kind: Kind, message: string, options?: ExternalToast): void {
  if (!toasterWanted) {
    toasterWanted = true
    listeners.forEach((listener) => listener())
  }
  void Promise.all([import('sonner'), toasterReady]).then(([{ toast }]) =>
    kind === 'message' ? toast(message, options) : toast[kind](message, options),
  )
}
