import { useSuspenseQuery } from '@tanstack/react-query'
import { ShieldAlert } from 'lucide-react'
import { useCallback, useState } from 'react'
import { insightQueries } from '@/api/insights'
import { sharingQueries } from '@/api/sharing'
import { notify } from '@/components/notify'
import { PublicLinkSection } from './public-link-section'
import { SharePasswordSection } from './share-password-section'
import { SharingSettingsSection } from './sharing-settings-section'
import { describeSharingRefusal, isWriteForbidden } from './sharing-write-errors'
import { insightDisplayName } from '@/api/schemas/insight'

interface SharingPanelProps {
  projectId: string
  shortId: string
}

/** What every section needs to change sharing: which insight, and how to report a refusal. */
export interface SharingSectionProps {
  projectId: string
  insightId: number
  /** Set once the API key turned out to be read-only: everything stays visible, nothing can be changed. */
  isReadOnly: boolean
  onWriteError: (error: unknown) => void
}

/**
 * The Sharing tab: public link and embed, display settings, password protection. The API cannot tell in advance
 * whether the key may write, so the first 403 turns the whole tab read-only and says why, rather than letting every
 * control fail one by one.
 */
export function SharingPanel({ projectId, shortId }: SharingPanelProps) {
  const { data: insight } = useSuspenseQuery(insightQueries.detail(projectId, shortId))
  const { data: config } = useSuspenseQuery(sharingQueries.config(projectId, insight.id))
  const [readOnlyReason, setReadOnlyReason] = useState<string | null>(null)

  const onWriteError = useCallback((error: unknown) => {
    if (isWriteForbidden(error)) {
      // The banner this turns on says it all (as an alert); a toast on top would repeat it.
      setReadOnlyReason(error.detail)
      return
    }
    notify('error', describeSharingRefusal(error))
  }, [])

  const section: SharingSectionProps = {
    projectId,
    insightId: insight.id,
    isReadOnly: readOnlyReason !== null,
    onWriteError,
  }
  const title = insightDisplayName(insight)

  return (
    <div className="max-w-3xl space-y-8">
      {readOnlyReason !== null && (
        <div
          role="alert"
          className="flex gap-3 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm dark:border-amber-800 dark:bg-amber-950/40"
        >
          <ShieldAlert aria-hidden className="mt-0.5 size-5 shrink-0 text-amber-700 dark:text-amber-400" />
          <div className="space-y-1">
            <p className="font-semibold text-amber-900 dark:text-amber-200">
              Read-only: sharing cannot be changed with this API key
            </p>
            <p className="break-words text-amber-900 dark:text-amber-200">
              The server answered: “{readOnlyReason}”. To make changes, save a personal API key with the sharing write scope in
              Settings.
            </p>
          </div>
        </div>
      )}
      <PublicLinkSection {...section} config={config} insightTitle={title} />
      {config.enabled && config.access_token && (
        <>
          <SharingSettingsSection {...section} settings={config.settings ?? {}} />
          <SharePasswordSection {...section} config={config} accessToken={config.access_token} />
        </>
      )}
    </div>
  )
}
