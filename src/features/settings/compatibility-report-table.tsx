import { CheckCircle2, CircleSlash, XCircle } from 'lucide-react'
import { TimeAgo } from '@/components/time-ago'
import type { CompatibilityReport, FeatureState } from '@/stores/compatibility-store'

const STATE_LABELS: Record<FeatureState, string> = { works: 'Works', unavailable: 'Unavailable', failed: 'Failed' }

const REASON_LABELS = { scope: 'API key scope', permission: 'Access control', plan: 'Plan', version: 'PostHog version' } as const

function StateIcon({ state }: { state: FeatureState }) {
  if (state === 'works') return <CheckCircle2 aria-hidden className="size-4 shrink-0 text-green-700 dark:text-green-400" />
  if (state === 'unavailable') return <CircleSlash aria-hidden className="size-4 shrink-0 text-slate-600 dark:text-slate-300" />
  return <XCircle aria-hidden className="size-4 shrink-0 text-red-700 dark:text-red-400" />
}

/** Which features work on this connection, which do not, and why: the report of "Check compatibility". */
export function CompatibilityReportTable({ report }: { report: CompatibilityReport }) {
  const working = report.checks.filter((check) => check.state === 'works').length
  return (
    <div className="space-y-2">
      {report.summary && <p className="text-sm">{report.summary}</p>}
      <table className="w-full max-w-3xl border-collapse text-sm">
        <caption className="mb-2 text-left">
          <span className="font-semibold">
            {working} of {report.checks.length} features work here
          </span>{' '}
          <span className="text-slate-600 dark:text-slate-400">
            (checked <TimeAgo iso={report.checkedAt} />)
          </span>
        </caption>
        <thead>
          <tr className="border-b border-slate-200 text-left dark:border-slate-700">
            <th scope="col" className="py-1 pr-3 font-medium">
              Feature
            </th>
            <th scope="col" className="py-1 pr-3 font-medium">
              Status
            </th>
            <th scope="col" className="py-1 font-medium">
              Why
            </th>
          </tr>
        </thead>
        <tbody>
          {report.checks.map((check) => (
            <tr key={check.id} className="border-b border-slate-100 align-top dark:border-slate-800">
              <th scope="row" className="py-1.5 pr-3 text-left font-normal">
                {check.name}
              </th>
              <td className="py-1.5 pr-3">
                <span className="flex items-center gap-1.5 whitespace-nowrap">
                  <StateIcon state={check.state} />
                  {STATE_LABELS[check.state]}
                  {check.reason && ' '}
                  {check.reason && <span className="text-slate-600 dark:text-slate-400">({REASON_LABELS[check.reason]})</span>}
                </span>
              </td>
              <td className="py-1.5 break-words text-slate-700 dark:text-slate-300">
                {check.state === 'works' ? '—' : check.detail}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
