import { create } from 'zustand'
import { persist } from 'zustand/middleware'

type PathFamily = 'projects' | 'environments'
export type ConnectionMode = 'mock' | 'api'

export interface ConnectionSettings {
  mode: ConnectionMode
  /** Origin of a PostHog instance, e.g. https://us.posthog.com; empty means this app's own origin (dev proxy). */
  host: string
  apiKey: string
  projectId: string
  pathFamily: PathFamily
  /** Keep the API key in localStorage instead of sessionStorage. */
  rememberKey: boolean
}

const MOCK_PROJECT_ID = '1'
const API_KEY_STORAGE_KEY = 'insight-desk:api-key'

export const devProxyTarget: string = typeof __DEV_PROXY_TARGET__ === 'string' ? __DEV_PROXY_TARGET__ : ''

function readApiKey(): string {
  try {
    return sessionStorage.getItem(API_KEY_STORAGE_KEY) ?? localStorage.getItem(API_KEY_STORAGE_KEY) ?? ''
  } catch {
    return ''
  }
}

/** The key goes to sessionStorage unless the user asked to be remembered; it never shares storage with other settings. */
function writeApiKey(apiKey: string, remember: boolean): void {
  try {
    sessionStorage.removeItem(API_KEY_STORAGE_KEY)
    localStorage.removeItem(API_KEY_STORAGE_KEY)
    if (apiKey) (remember ? localStorage : sessionStorage).setItem(API_KEY_STORAGE_KEY, apiKey)
  } catch {
    // Storage can be unavailable (private mode, quota); the key then lives for this page only.
  }
}

const defaultConnection: ConnectionSettings = {
  mode: devProxyTarget ? 'api' : 'mock',
  host: '',
  apiKey: '',
  projectId: MOCK_PROJECT_ID,
  pathFamily: 'projects',
  rememberKey: false,
}

interface ConnectionState extends ConnectionSettings {
  save: (settings: ConnectionSettings) => void
}

export const useConnectionStore = create<ConnectionState>()(
  persist(
    (set) => ({
      ...defaultConnection,
      apiKey: readApiKey(),
      save: (settings) => {
        writeApiKey(settings.apiKey, settings.rememberKey)
        set(settings)
      },
    }),
    {
      name: 'insight-desk:connection',
      version: 1,
      // The API key is deliberately left out: it is stored on its own by writeApiKey.
      partialize: ({ mode, host, projectId, pathFamily, rememberKey }) => ({ mode, host, projectId, pathFamily, rememberKey }),
    },
  ),
)

/** The settings every request uses: with the dev proxy on, requests always go through it (same origin, no mock). */
export function effectiveConnection(settings: ConnectionSettings): ConnectionSettings {
  return devProxyTarget ? { ...settings, mode: 'api', host: '' } : settings
}

export function getConnection(): ConnectionSettings {
  return effectiveConnection(useConnectionStore.getState())
}

export function useConnection(): ConnectionSettings {
  return effectiveConnection(useConnectionStore())
}

/** What the header badge says: "Mock", or the host name requests go to. */
export function connectionLabel(settings: ConnectionSettings): string {
  if (settings.mode === 'mock') return 'Mock'
  const host = settings.host || devProxyTarget
  if (!host) return 'This server'
  try {
    return new URL(host).host
  } catch {
    return host
  }
}
