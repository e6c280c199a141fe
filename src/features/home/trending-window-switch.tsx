import { ToggleButton, ToggleButtonGroup } from 'react-aria-components'
import { trendingWindows, type TrendingWindow } from './home-search'

interface TrendingWindowSwitchProps {
  days: TrendingWindow
  onChange: (days: TrendingWindow) => void
}

/** "7 days · 14 days · 30 days": one choice, announced as a radio group, moved through with the arrow keys. */
export function TrendingWindowSwitch({ days, onChange }: TrendingWindowSwitchProps) {
  return (
    <ToggleButtonGroup
      aria-label="Trending window"
      selectionMode="single"
      disallowEmptySelection
      selectedKeys={[String(days)]}
      onSelectionChange={(keys) => {
        const chosen = trendingWindows.find((window) => keys.has(String(window)))
        if (chosen !== undefined) onChange(chosen)
      }}
      className="flex rounded-md border border-slate-300 text-xs dark:border-slate-700"
    >
      {trendingWindows.map((window) => (
        <ToggleButton
          key={window}
          id={String(window)}
          className="px-2.5 py-1 font-medium text-slate-700 outline-none first:rounded-l-md last:rounded-r-md hover:bg-slate-100 data-focus-visible:ring-2 data-focus-visible:ring-blue-500 data-selected:bg-slate-800 data-selected:text-white dark:text-slate-300 dark:hover:bg-slate-800 dark:data-selected:bg-slate-200 dark:data-selected:text-slate-900"
        >
          {window} days
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  )
}
