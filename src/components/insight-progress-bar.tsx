import { Label, ProgressBar } from 'react-aria-components'

interface InsightProgressBarProps {
  label: string
  done: number
  total: number
}

/** How far a batched change (bulk tags, a tag rename or merge) has got, counted in insights. */
export function InsightProgressBar({ label, done, total }: InsightProgressBarProps) {
  return (
    <ProgressBar
      value={done}
      maxValue={Math.max(total, 1)}
      valueLabel={`${done} of ${total} insights`}
      className="flex flex-col gap-1"
    >
      {({ percentage, valueText }) => (
        <>
          <div className="flex justify-between gap-2 text-sm">
            <Label className="font-medium">{label}</Label>
            <span className="text-slate-600 tabular-nums dark:text-slate-400">{valueText}</span>
          </div>
          <div className="h-2 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700">
            <div className="h-full rounded-full bg-blue-600 transition-[width]" style={{ width: `${percentage ?? 0}%` }} />
          </div>
        </>
      )}
    </ProgressBar>
  )
}
