/**
 * Requests index.html started before the app's code loaded (the project, the list's first page, an insight): fetched
 * in API mode, answered in the page by the mock in demo mode. `send` in http.ts takes one instead of asking again when
 * it would ask for the same URL. Each is taken at most once,
 * and those left when the first route load ends are dropped, so a later request never gets an old answer.
 */
declare global {
  interface Window {
    __insightDeskEarly?: Record<string, Promise<Response>>
  }
}

/** The answer index.html is already waiting for at `url`, if any; it stops being available to anyone else. */
export function takeEarlyResponse(url: string, signal: AbortSignal): Promise<Response> | null {
  const early = window.__insightDeskEarly
  const answer = early?.[url]
  if (!early || !answer) return null
  delete early[url]
  // The request cannot be cancelled any more, but whoever waits for it can stop waiting (a timeout, a newer query).
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason as Error)
    const stop = () => reject(signal.reason as Error)
    signal.addEventListener('abort', stop, { once: true })
    answer.then(resolve, reject).finally(() => signal.removeEventListener('abort', stop))
  })
}

export function dropEarlyResponses(): void {
  delete window.__insightDeskEarly
}
