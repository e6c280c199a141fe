/**
 * Resolves when the browser has a moment with nothing else to do (within `timeoutMs` at the latest), for background work
 * that must not hold up what the user is doing. Where idle callbacks do not exist (tests, old Safari), on the next task.
 */
export function browserIdle(timeoutMs = 1_000): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: timeoutMs })
    else setTimeout(resolve, 0)
  })
}
