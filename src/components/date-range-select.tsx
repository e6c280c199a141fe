import { useId } from 'react'
import { dateRangePresets, presetFor, type DateRange } from '@/lib/date-range'

const CUSTOM = 'custom'
const ANY = ''

const fieldClass =
  'w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-900 dark:[color-scheme:dark]'

interface DateRangeSelectProps {
  label: string
  value: DateRange
  onChange: (range: DateRange) => void
}

/**
 * A date filter: presets ("Last 7 days" …) in a native select, and "Custom dates" revealing two native date inputs.
 * Native controls keep the list route light and give phones their own date pickers.
 */
export function DateRangeSelect({ label, value, onChange }: DateRangeSelectProps) {
  const id = useId()
  const preset = presetFor(value)
  const custom = !preset && Boolean(value.from ?? value.to)
  const absolute = (bound: string | undefined) => (bound && /^\d{4}-\d{2}-\d{2}$/.test(bound) ? bound : '')
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={`${id}-preset`} className="text-sm font-medium">
        {label}
      </label>
      <select
        id={`${id}-preset`}
        value={preset ? preset.from : custom ? CUSTOM : ANY}
        onChange={(event) => {
          const choice = event.target.value
          if (choice === ANY) onChange({})
          else if (choice === CUSTOM) onChange({ from: absolute(value.from) || new Date().toISOString().slice(0, 10) })
          else onChange({ from: choice })
        }}
        className={fieldClass}
      >
        <option value={ANY}>Any time</option>
        {dateRangePresets.map((option) => (
          <option key={option.from} value={option.from}>
            {option.label}
          </option>
        ))}
        <option value={CUSTOM}>Custom dates…</option>
      </select>
      {custom && (
        <div className="grid gap-2">
          <label className="flex flex-col gap-0.5 text-xs">
            <span>{label} from</span>
            <input
              type="date"
              value={absolute(value.from)}
              max={absolute(value.to) || undefined}
              onChange={(event) => onChange({ from: event.target.value || undefined, to: value.to })}
              className={fieldClass}
            />
          </label>
          <label className="flex flex-col gap-0.5 text-xs">
            <span>{label} to</span>
            <input
              type="date"
              value={absolute(value.to)}
              min={absolute(value.from) || undefined}
              onChange={(event) => onChange({ from: value.from, to: event.target.value || undefined })}
              className={fieldClass}
            />
          </label>
        </div>
      )}
    </div>
  )
}
