import type { ComponentProps, ReactNode } from 'react'
import { Focusable, Tooltip as AriaTooltip, TooltipTrigger } from 'react-aria-components'

interface TooltipProps {
  content: ReactNode
  /** A focusable DOM element (for react-aria Buttons, use TooltipTrigger directly). */
  children: ComponentProps<typeof Focusable>['children']
  delay?: number
}

/** Shows on hover and on keyboard focus; the trigger keeps its own accessible name. */
export function Tooltip({ content, children, delay = 500 }: TooltipProps) {
  return (
    <TooltipTrigger delay={delay}>
      <Focusable>{children}</Focusable>
      <AriaTooltip
        offset={6}
        className="max-w-xs rounded-md bg-slate-900 px-2 py-1 text-xs text-white shadow dark:bg-slate-100 dark:text-slate-900"
      >
        {content}
      </AriaTooltip>
    </TooltipTrigger>
  )
}
