import { Link } from '@tanstack/react-router'
import { ExternalLink, Globe, Info, Lock, RefreshCw } from 'lucide-react'
import { useId, useState } from 'react'
import { Label, TextArea, TextField as AriaTextField, Input } from 'react-aria-components'
import type { SharingConfiguration } from '@/api/schemas/sharing'
import { useRefreshSharingToken, useUpdateSharing } from '@/api/sharing'
import { Button } from '@/components/button'
import { CopyButton } from '@/components/copy-button'
import { Dialog } from '@/components/dialog'
import { Switch } from '@/components/switch'
import { useConnection } from '@/stores/connection-store'
import type { SharingSectionProps } from './sharing-panel'
import { embedCode, shareLinks } from './share-urls'

interface PublicLinkSectionProps extends SharingSectionProps {
  config: SharingConfiguration
  insightTitle: string
}

const fieldClass =
  'w-full min-w-0 rounded-md border border-slate-300 bg-slate-50 px-3 py-1.5 font-mono text-xs text-slate-800 outline-none focus:border-blue-500 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200'

export function PublicLinkSection({
  projectId,
  insightId,
  isReadOnly,
  onWriteError,
  config,
  insightTitle,
}: PublicLinkSectionProps) {
  const update = useUpdateSharing(projectId)
  const isDemo = useConnection().mode === 'mock'
  const descriptionId = useId()
  // While the switch's request is on its way, it shows what was asked for; the server's answer then replaces it.
  const enabled =
    update.isPending && update.variables.patch.enabled !== undefined ? update.variables.patch.enabled : config.enabled

  const setEnabled = (next: boolean) => update.mutate({ insightId, patch: { enabled: next } }, { onError: onWriteError })

  return (
    <section aria-labelledby="public-link-heading" className="space-y-4">
      <div className="flex items-center gap-2">
        <Globe aria-hidden className="size-5 text-slate-500" />
        <h2 id="public-link-heading" className="text-lg font-semibold">
          Public link
        </h2>
      </div>
      <Switch
        isSelected={enabled}
        onChange={setEnabled}
        // Read-only, not disabled, while saving: a disabled input would drop keyboard focus.
        isReadOnly={update.isPending}
        isDisabled={isReadOnly}
        descriptionId={descriptionId}
        description={
          enabled
            ? 'Anyone with the link can see this insight and its results, without signing in. Turning this off makes the link and every embed stop working at once.'
            : 'Off: only members of this project can see this insight. Turning it on creates a link anyone can open, without signing in.'
        }
      >
        Share publicly
      </Switch>
      {isDemo && <DemoLinkNote />}
      {config.enabled && config.access_token && (
        <SharedLinkDetails
          projectId={projectId}
          insightId={insightId}
          isReadOnly={isReadOnly}
          onWriteError={onWriteError}
          accessToken={config.access_token}
          insightTitle={insightTitle}
          isProtected={config.password_required}
        />
      )}
    </section>
  )
}

/**
 * The in-browser mock keeps its data in this browser's storage, so a public link opened anywhere else finds no such
 * share and says "not found". Said here, before someone sends a demo link to a colleague.
 */
function DemoLinkNote() {
  return (
    <div
      role="note"
      aria-label="Demo data"
      className="flex gap-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100"
    >
      <Info aria-hidden className="mt-0.5 size-4 shrink-0" />
      <div className="space-y-1">
        <p>
          <span className="font-semibold">Demo data: public links only work in this browser.</span> The demo data lives in this
          browser’s storage, so another browser or device opening the link is told the insight was not found.
        </p>
        <p>
          To try a link across browsers, run the HTTP mock server (
          <code className="font-mono">npm run mock:serve -- --port 8010</code>) and connect to it in{' '}
          <Link to="/settings" className="font-medium underline underline-offset-2">
            Settings
          </Link>{' '}
          (host <code className="font-mono">http://127.0.0.1:8010</code>, key <code className="font-mono">phx_demo_full</code>).
        </p>
      </div>
    </div>
  )
}

interface SharedLinkDetailsProps extends SharingSectionProps {
  accessToken: string
  insightTitle: string
  isProtected: boolean
}

function SharedLinkDetails({
  projectId,
  insightId,
  isReadOnly,
  onWriteError,
  accessToken,
  insightTitle,
  isProtected,
}: SharedLinkDetailsProps) {
  const [wasReset, setWasReset] = useState(false)
  const connection = useConnection()
  const { link, embedSrc, preview, servedBy } = shareLinks(connection, window.location.origin, accessToken)
  const embed = embedCode(embedSrc, insightTitle)
  const host = servedBy === 'posthog' ? new URL(link).host : null

  return (
    <div className="space-y-4 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
      <p role="status" className={wasReset ? 'text-sm font-medium text-green-800 dark:text-green-300' : 'sr-only'}>
        {wasReset ? 'Link reset: the old link and its embeds no longer work. Share the new link below.' : ''}
      </p>
      <div className="space-y-1">
        <AriaTextField value={link} isReadOnly className="flex flex-col gap-1">
          <Label className="text-sm font-medium">Public link</Label>
          <div className="flex flex-wrap items-center gap-2 sm:flex-nowrap">
            <Input className={fieldClass} onFocus={(event) => event.currentTarget.select()} />
            <CopyButton text={link} label="Copy link" className="shrink-0" />
          </div>
        </AriaTextField>
        <p className="text-xs text-slate-600 dark:text-slate-400">
          {host
            ? `Opens PostHog’s own page for this insight on ${host}: the people you send it to do not need Insight Desk.`
            : 'Opens this app’s viewer of the insight, as someone outside the project sees it.'}
        </p>
        {isProtected && (
          <p className="flex items-center gap-1.5 text-xs text-slate-600 dark:text-slate-400">
            <Lock aria-hidden className="size-3.5" />
            Password protected: viewers need one of the passwords below.
          </p>
        )}
        <a
          href={preview}
          target="_blank"
          rel="noopener noreferrer"
          className="inline-flex items-center gap-1 text-sm font-medium text-blue-700 underline-offset-2 hover:underline dark:text-blue-300"
        >
          Preview
          <span className="sr-only">this app’s viewer of the link (opens in a new tab)</span>
          <ExternalLink aria-hidden className="size-3.5" />
        </a>
      </div>
      <AriaTextField value={embed} isReadOnly className="flex flex-col gap-1">
        <Label className="text-sm font-medium">Embed code</Label>
        <TextArea rows={3} className={`${fieldClass} resize-none`} onFocus={(event) => event.currentTarget.select()} />
        <div className="flex flex-wrap items-center justify-between gap-2">
          <p className="text-xs text-slate-600 dark:text-slate-400">
            {host
              ? `Paste into any web page: the frame shows PostHog’s embed page for this insight, from ${host}.`
              : 'Paste into any web page to show this insight there.'}
          </p>
          <CopyButton text={embed} label="Copy embed code" />
        </div>
      </AriaTextField>
      <ResetLinkButton
        projectId={projectId}
        insightId={insightId}
        isReadOnly={isReadOnly}
        onWriteError={onWriteError}
        onReset={() => setWasReset(true)}
      />
    </div>
  )
}

function ResetLinkButton({
  projectId,
  insightId,
  isReadOnly,
  onWriteError,
  onReset,
}: SharingSectionProps & { onReset: () => void }) {
  const refresh = useRefreshSharingToken(projectId)
  const [isOpen, setOpen] = useState(false)

  const reset = () =>
    refresh.mutate(insightId, {
      onSuccess: () => {
        setOpen(false)
        onReset()
      },
      onError: (error) => {
        setOpen(false)
        onWriteError(error)
      },
    })

  return (
    <div className="flex flex-wrap items-center gap-3 border-t border-slate-200 pt-4 dark:border-slate-800">
      <Button onPress={() => setOpen(true)} isDisabled={isReadOnly}>
        <RefreshCw aria-hidden className="size-4" />
        Reset link
      </Button>
      <p className="text-xs text-slate-600 dark:text-slate-400">For when the link reached someone it should not have.</p>
      <Dialog title="Reset the public link?" role="alertdialog" size="sm" isOpen={isOpen} onOpenChange={setOpen}>
        {(close) => (
          <div className="space-y-4">
            <p className="text-sm">
              The current link and every page that embeds it stop working at once. A new link is created; send it again to
              everyone who should still see this insight.
            </p>
            <div className="flex justify-end gap-2">
              <Button onPress={close} isDisabled={refresh.isPending}>
                Cancel
              </Button>
              <Button variant="danger" onPress={reset} isDisabled={refresh.isPending}>
                {refresh.isPending ? 'Resetting…' : 'Reset link'}
              </Button>
            </div>
          </div>
        )}
      </Dialog>
    </div>
  )
}
