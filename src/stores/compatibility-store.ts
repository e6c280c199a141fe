import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import type { ConnectionSettings } from './connection-store'

/** Why a feature is unavailable: the key's scope, access control, the plan, or the PostHog version. */
export type UnavailableReason = 'scope' | 'permission' | 'plan' | 'version'

export type FeatureState = 'works' | 'unavailable' | 'failed'

/** One feature in Settings' "Check compatibility" report. */
export interface FeatureCheck {
  id: string
  name: string
  state: FeatureState
  /** Why it is unavailable (scope, plan, version, access), when it is. */
  reason: UnavailableReason | null
  /** In words: what works, or why not. */
  detail: string
}

/** The last report of one connection. */
export interface CompatibilityReport {
  checkedAt: string
  /** "Connected as … to project …", when user and project answered. */
  summary: string | null
  checks: readonly FeatureCheck[]
}

/** Reports of this many connections are kept; the oldest is forgotten first. */
const MAX_REPORTS = 12

interface CompatibilityState {
  reports: Readonly<Record<string, CompatibilityReport>>
  keep: (fingerprint: string, report: CompatibilityReport) => void
}

/**
 * The last compatibility report per connection, on this device. Keyed by a fingerprint of the connection, never by the
 * key itself: the API key must not reach storage outside its own slot (see connection-store).
 */
export const useCompatibilityReports = create<CompatibilityState>()(
  persist(
    (set) => ({
      reports: {},
      keep: (fingerprint, report) =>
        set(({ reports }) => {
          const others = Object.entries(reports)
            .filter(([key]) => key !== fingerprint)
            .sort(([, a], [, b]) => b.checkedAt.localeCompare(a.checkedAt))
            .slice(0, MAX_REPORTS - 1)
          return { reports: Object.fromEntries([[fingerprint, report], ...others]) }
        }),
    }),
    { name: 'insight-desk:compatibility', version: 1 },
  ),
)

function toHex(bytes: ArrayBuffer): string {
  return [...new Uint8Array(bytes)].map((byte) => byte.toString(16).padStart(2, '0')).join('')
}

/**
 * A one-way fingerprint of what a report depends on: data source, host, path family, project and key. SHA-256 cannot
 * be turned back into the key, and only its first 16 bytes are kept. `null` where the page has no Web Crypto (a plain
 * http page on another machine): the report is then shown but not kept.
 */
export async function connectionFingerprint(connection: ConnectionSettings): Promise<string | null> {
  // Web Crypto exists only in secure contexts (https, localhost); `isSecureContext` is undefined outside a browser.
  if (globalThis.isSecureContext === false || typeof globalThis.crypto?.subtle === 'undefined') return null
  const identity =
    connection.mode === 'mock'
      ? ['mock', connection.projectId]
      : ['api', connection.host, connection.pathFamily, connection.projectId, connection.apiKey]
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(identity.join('\n')))
  return toHex(digest).slice(0, 32)
}

/**
 * What the last "Check compatibility" of this connection found for one feature (`FEATURE_ENDPOINTS` id): `null` when it
 * was never checked here, or the report cannot be kept (no Web Crypto).
 */
export async function checkedFeatureState(connection: ConnectionSettings, featureId: string): Promise<FeatureState | null> {
  const fingerprint = await connectionFingerprint(connection)
  if (fingerprint === null) return null
  const report = useCompatibilityReports.getState().reports[fingerprint]
  return report?.checks.find((check) => check.id === featureId)?.state ?? null
}
