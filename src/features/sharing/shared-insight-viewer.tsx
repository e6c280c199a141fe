import { useQuery } from '@tanstack/react-query'
import { Link2Off, Lock } from 'lucide-react'
import { useEffect, useState, type FormEvent, type ReactNode } from 'react'
import { Form } from 'react-aria-components'
import { describeError } from '@/api/error-message'
import { ApiError } from '@/api/http'
import type { SharedInsight } from '@/api/schemas/shared'
import { sharedQueries, useUnlockSharedInsight } from '@/api/shared'
import { Button } from '@/components/button'
import { ErrorState } from '@/components/error-state'
import { TextField } from '@/components/text-field'
import { InsightResultTable } from './insight-result-table'
import { insightDisplayName } from '@/api/schemas/insight'

interface SharedInsightViewerProps {
  accessToken: string
  /** Shown inside someone else's page (`<iframe>`): no page frame, only the insight. */
  embedded: boolean
}

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })

function insightTitle(share: SharedInsight): string {
  return insightDisplayName(share.insight)
}

/**
 * What someone outside the project sees when they open a shared link: the insight read-only, or a password prompt
 * when the share is protected. The share token an unlock returns lives only in this component's state, so a reload
 * asks for the password again, as a fresh visitor would be asked. Requests go without the personal API key, as an
 * outside visitor's would.
 */
export function SharedInsightViewer({ accessToken, embedded }: SharedInsightViewerProps) {
  const [shareToken, setShareToken] = useState<string | null>(null)
  const share = useQuery(sharedQueries.insight(accessToken, shareToken))

  let content: ReactNode
  if (share.isPending) {
    content = (
      <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
        Loading the shared insight…
      </p>
    )
  } else if (share.isError) {
    const error = share.error
    if (error instanceof ApiError && error.status === 404) {
      content = (
        <section className="mx-auto mt-12 flex max-w-md flex-col items-center gap-2 text-center">
          <Link2Off aria-hidden className="size-8 text-slate-400" />
          <h1 className="text-xl font-semibold">This shared link was not found</h1>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            The link may have been reset, or sharing was turned off. Ask the person who sent it for a new link.
          </p>
        </section>
      )
    } else {
      content = <ErrorState error={error} onRetry={() => void share.refetch()} />
    }
  } else if (share.data.locked) {
    // PostHog's unlock page: no share token yet, or one that no longer opens this link.
    content = <SharedInsightPasswordGate accessToken={accessToken} onUnlocked={setShareToken} />
  } else {
    content = <SharedInsightContent share={share.data.share} />
  }

  return (
    <main id="main" className={embedded ? 'p-3' : 'mx-auto min-h-dvh max-w-5xl p-4 md:p-8'}>
      {content}
    </main>
  )
}

function SharedInsightContent({ share }: { share: SharedInsight }) {
  const title = insightTitle(share)

  useEffect(() => {
    const previous = document.title
    document.title = `${title} · Shared insight`
    return () => {
      document.title = previous
    }
  }, [title])

  return (
    <article aria-label={title} className="space-y-4">
      {share.noHeader ? (
        <h1 className="sr-only">{title}</h1>
      ) : (
        <header className="space-y-1">
          <h1 className="text-2xl font-semibold break-words">{title}</h1>
          {share.insight.description && (
            <p className="whitespace-pre-line text-slate-600 dark:text-slate-400">{share.insight.description}</p>
          )}
        </header>
      )}
      <InsightResultTable insight={share.insight} />
      <footer className="flex flex-wrap justify-between gap-2 text-xs text-slate-600 dark:text-slate-400">
        {!share.hideExtraDetails && share.insight.last_refresh && (
          <p>Computed {dateTime.format(new Date(share.insight.last_refresh))}</p>
        )}
        {!share.whitelabel && <p>Shared with Insight Desk for PostHog</p>}
      </footer>
    </article>
  )
}

interface PasswordGateProps {
  accessToken: string
  onUnlocked: (shareToken: string) => void
}

/**
 * The typed password lives in this form's state and, while it is checked, in the unlock mutation; the mutation is
 * reset as soon as it answers either way, so no password, right or wrong, stays in the mutation cache.
 */
function SharedInsightPasswordGate({ accessToken, onUnlocked }: PasswordGateProps) {
  const [password, setPassword] = useState('')
  const [refusal, setRefusal] = useState<string | null>(null)
  const unlock = useUnlockSharedInsight()

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (!password) return
    setRefusal(null)
    unlock.mutate(
      { accessToken, password },
      {
        onSuccess: ({ shareToken }) => {
          unlock.reset()
          onUnlocked(shareToken)
        },
        onError: (error) => {
          unlock.reset()
          setRefusal(error instanceof ApiError && error.status === 401 ? error.detail : describeError(error).message)
        },
      },
    )
  }

  return (
    <section aria-labelledby="password-gate-heading" className="mx-auto mt-12 max-w-sm space-y-4">
      <div className="flex items-center gap-2">
        <Lock aria-hidden className="size-5 text-slate-500" />
        <h1 id="password-gate-heading" className="text-xl font-semibold">
          This insight is password protected
        </h1>
      </div>
      <p className="text-sm text-slate-600 dark:text-slate-400">Enter the password you were given to see it.</p>
      <Form onSubmit={submit} className="space-y-3">
        <TextField
          label="Password"
          type="password"
          autoComplete="off"
          value={password}
          onChange={(value) => {
            setPassword(value)
            setRefusal(null)
          }}
          isRequired
          autoFocus
        />
        {refusal && (
          <p role="alert" className="text-sm text-red-700 dark:text-red-400">
            {refusal}
          </p>
        )}
        <Button type="submit" variant="primary" isDisabled={unlock.isPending || !password}>
          {unlock.isPending ? 'Checking…' : 'View insight'}
        </Button>
      </Form>
    </section>
  )
}
