/// <reference types="vite/client" />

/** Set by vite.config.ts when `POSTHOG_HOST` makes the dev server proxy /api; empty otherwise. */
declare const __DEV_PROXY_TARGET__: string
