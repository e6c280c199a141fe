import type { CleanupWindow } from './cleanup-search'

/** The rules the page applies, in plain words, next to what they produce. */
export function CleanupRulesText({ window }: { window: CleanupWindow }) {
  return (
    <section aria-labelledby="cleanup-rules-heading" className="mb-6 rounded-lg bg-slate-50 p-4 text-sm dark:bg-slate-900">
      <h2 id="cleanup-rules-heading" className="mb-2 font-semibold">
        How candidates are chosen
      </h2>
      <ul className="flex list-disc flex-col gap-1 pl-5">
        <li>
          An insight is listed when it is on no dashboard, was not viewed in the last {window} days (or never), is a generated
          sample, has the same query as another insight once both are normalized, or has neither tags nor a description.
        </li>
        <li>
          Signs that it is still used: it is favorited, on a dashboard, was viewed in the last {window} days, has alerts, is
          shared publicly, or was modified in the last {window} days.
        </li>
        <li>Only insights with no sign of use are selected for you. Selecting one that shows a sign takes “Select anyway”.</li>
        <li>
          Of duplicates, the one on most dashboards is kept, then the one viewed most recently, then the oldest; the others are
          listed.
        </li>
        <li>Retiring is PostHog’s soft delete and can be undone; the plan can be downloaded before anything changes.</li>
      </ul>
    </section>
  )
}
