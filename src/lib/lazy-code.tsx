import { useEffect, useReducer, useState, type ComponentType, type ReactNode } from 'react'

/** Code in a chunk of its own: fetched once, when first needed or ahead of need (a hover, a route's loader). */
export interface LazyCode<T> {
  /** Fetches it; once, or again after a failed download. */
  load: () => Promise<T>
  /** It, if it is here already. */
  loaded: () => T | undefined
}

export function lazyCode<T>(importer: () => Promise<T>): LazyCode<T> {
  let value: T | undefined
  let pending: Promise<T> | undefined
  return {
    load: () =>
      (pending ??= importer().then(
        (result) => (value = result),
        (error: unknown) => {
          pending = undefined
          throw error
        },
      )),
    loaded: () => value,
  }
}

/** `code` if it is here, else undefined while it downloads; renders again when it comes, throws if it cannot. */
function useLazyCode<T>(code: LazyCode<T>): T | undefined {
  const [, arrived] = useReducer((count: number) => count + 1, 0)
  const [failure, setFailure] = useState<{ error: unknown } | null>(null)
  const value = code.loaded()
  const missing = value === undefined
  useEffect(() => {
    if (!missing) return
    let current = true
    code.load().then(
      () => current && arrived(),
      (error: unknown) => current && setFailure({ error }),
    )
    return () => {
      current = false
    }
  }, [code, missing])
  if (failure) throw failure.error
  return value
}

/**
 * A component whose code is `code`: it shows `fallback` until that code is here, then the component; a failed download
 * is thrown to the nearest error boundary, as React.lazy would.
 *
 * Not React.lazy under a Suspense boundary: React 19 holds back a boundary's content for 300 ms after the boundary
 * showed its fallback, so code that arrived in 10 ms still showed ~300 ms late (the shortcuts dialog took ~340 ms to
 * open the first time; an insight's chart came ~300 ms after its page).
 */
export function lazyComponent<Props extends object>(code: LazyCode<ComponentType<Props>>) {
  return function LazyComponent({ fallback = null, ...props }: Props & { fallback?: ReactNode }) {
    const Loaded = useLazyCode(code)
    return Loaded ? <Loaded {...(props as Props)} /> : fallback
  }
}
