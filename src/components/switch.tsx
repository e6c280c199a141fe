import type { ReactNode } from 'react'
import { Switch as AriaSwitch, type SwitchProps as AriaSwitchProps } from 'react-aria-components'

interface SwitchProps extends Omit<AriaSwitchProps, 'children' | 'className'> {
  children: ReactNode
  /** One line under the label; tie it to the switch with `aria-describedby` so screen readers read it too. */
  description?: ReactNode
  descriptionId?: string
}

/** An on/off setting that applies at once (unlike a checkbox, which waits for a form to be submitted). */
export function Switch({ children, description, descriptionId, ...props }: SwitchProps) {
  return (
    <div className="flex flex-col gap-0.5">
      <AriaSwitch
        {...props}
        aria-describedby={descriptionId}
        className="group flex cursor-default items-center gap-3 text-sm font-medium data-disabled:cursor-not-allowed data-disabled:opacity-60"
      >
        <span
          aria-hidden
          className="flex h-5 w-9 shrink-0 items-center rounded-full bg-slate-300 p-0.5 transition-colors group-data-focus-visible:ring-2 group-data-focus-visible:ring-blue-500 group-data-focus-visible:ring-offset-2 group-data-selected:bg-blue-600 dark:bg-slate-600 dark:group-data-selected:bg-blue-500 dark:ring-offset-slate-950"
        >
          <span className="size-4 rounded-full bg-white shadow transition-transform group-data-selected:translate-x-4" />
        </span>
        {children}
      </AriaSwitch>
      {description && (
        <p id={descriptionId} className="pl-12 text-xs text-slate-600 dark:text-slate-400">
          {description}
        </p>
      )}
    </div>
  )
}
