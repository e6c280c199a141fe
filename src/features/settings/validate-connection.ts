import type { ConnectionSettings } from '@/stores/connection-store'

export type ConnectionErrors = Partial<Record<'host' | 'apiKey' | 'projectId', string>>

/** Checks the API-mode fields before anything is sent; mock mode needs none of them. */
export function validateConnection(settings: ConnectionSettings, viaDevProxy: boolean): ConnectionErrors {
  const errors: ConnectionErrors = {}
  if (!/^\d+$/.test(settings.projectId.trim())) errors.projectId = 'Enter the numeric project id (Project settings in PostHog).'
  if (settings.mode === 'mock') return errors
  if (!viaDevProxy) {
    const url = URL.canParse(settings.host.trim()) ? new URL(settings.host.trim()) : null
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
      errors.host = 'Enter the full address of your PostHog, e.g. https://us.posthog.com'
    } else if (url.pathname !== '/' || url.search || url.hash) {
      errors.host = 'Enter only the address of the PostHog instance, without a path.'
    }
  }
  if (!settings.apiKey.trim()) errors.apiKey = 'Enter a personal API key (it starts with phx_).'
  return errors
}

/** Trims what a paste tends to carry along, and drops a trailing slash from the host. */
export function normalizeConnection(settings: ConnectionSettings): ConnectionSettings {
  return {
    ...settings,
    host: settings.host.trim().replace(/\/+$/, ''),
    apiKey: settings.apiKey.trim(),
    projectId: settings.projectId.trim(),
  }
}
