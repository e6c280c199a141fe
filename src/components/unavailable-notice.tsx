import { Ban, KeyRound, Lock, PackageX } from 'lucide-react'
import { useId } from 'react'
import type { Unavailable, UnavailableReason } from '@/api/feature-availability'

const ICONS: Record<UnavailableReason, typeof Ban> = { scope: KeyRound, permission: Lock, plan: PackageX, version: Ban }

/**
 * What a card or page shows when the feature it needs is not offered here (older PostHog, plan, key scope): a calm note
 * saying what and why, not an error with "Try again", since trying again would get the same answer.
 */
export function UnavailableNotice({ unavailable }: { unavailable: Unavailable }) {
  const titleId = useId()
  const Icon = ICONS[unavailable.reason]
  return (
    <div
      role="note"
      aria-labelledby={titleId}
      data-unavailable={unavailable.reason}
      className="flex max-w-xl gap-3 rounded-lg border border-slate-300 bg-slate-50 p-4 dark:border-slate-700 dark:bg-slate-900"
    >
      <Icon aria-hidden className="mt-0.5 size-5 shrink-0 text-slate-600 dark:text-slate-300" />
      <div className="min-w-0 space-y-1">
        <p id={titleId} className="font-semibold text-slate-900 dark:text-slate-100">
          {unavailable.title}
        </p>
        <p className="text-sm break-words text-slate-700 dark:text-slate-300">{unavailable.message}</p>
      </div>
    </div>
  )
}
