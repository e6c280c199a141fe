import { lazyRouteComponent } from '@tanstack/react-router'

/** "Page not found" is rare: its code is a chunk of its own, out of every page's entry. */
export const LazyNotFoundPage = lazyRouteComponent(() => import('./not-found-page'), 'NotFoundPage')
