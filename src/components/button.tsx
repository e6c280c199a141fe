import { Button as AriaButton, type ButtonProps as AriaButtonProps } from 'react-aria-components'

const variants = {
  primary: 'bg-blue-600 text-white hover:bg-blue-700 data-pressed:bg-blue-800 disabled:bg-blue-300 dark:disabled:bg-blue-900',
  secondary:
    'border border-slate-300 bg-white text-slate-800 hover:bg-slate-50 data-pressed:bg-slate-100 disabled:text-slate-400 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800',
  ghost: 'text-slate-700 hover:bg-slate-100 data-pressed:bg-slate-200 dark:text-slate-200 dark:hover:bg-slate-800',
  danger: 'bg-red-600 text-white hover:bg-red-700 data-pressed:bg-red-800 disabled:bg-red-300',
} as const

export interface ButtonProps extends Omit<AriaButtonProps, 'className'> {
  variant?: keyof typeof variants
  className?: string
}

export function Button({ variant = 'secondary', className = '', ...props }: ButtonProps) {
  return (
    <AriaButton
      {...props}
      className={`inline-flex items-center justify-center gap-2 rounded-md px-3 py-1.5 text-sm font-medium transition-colors outline-none disabled:cursor-not-allowed ${variants[variant]} ${className}`}
    />
  )
}
