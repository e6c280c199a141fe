import { Check } from 'lucide-react'
import { Checkbox as AriaCheckbox, type CheckboxProps as AriaCheckboxProps } from 'react-aria-components'

interface CheckboxProps extends Omit<AriaCheckboxProps, 'children' | 'className'> {
  children: React.ReactNode
}

export function Checkbox({ children, ...props }: CheckboxProps) {
  return (
    <AriaCheckbox {...props} className="group flex cursor-default items-center gap-2 text-sm disabled:opacity-50">
      <span
        aria-hidden
        className="flex size-4 items-center justify-center rounded border-2 border-slate-400 group-data-selected:border-blue-600 group-data-selected:bg-blue-600 group-data-focus-visible:ring-2 group-data-focus-visible:ring-blue-500"
      >
        <Check className="hidden size-3 text-white group-data-selected:block" strokeWidth={3} />
      </span>
      {children}
    </AriaCheckbox>
  )
}
