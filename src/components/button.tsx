import type { ButtonHTMLAttributes, Ref } from 'react'

const variants = {
  primary:
    'bg-blue-600 text-white hover:bg-blue-700 active:bg-blue-800 data-pressed:bg-blue-800 disabled:bg-blue-300 dark:disabled:bg-blue-900',
  secondary:
    'border border-slate-300 bg-white text-slate-800 hover:bg-slate-50 active:bg-slate-100 data-pressed:bg-slate-100 disabled:text-slate-400 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800',
  ghost:
    'text-slate-700 hover:bg-slate-100 active:bg-slate-200 data-pressed:bg-slate-200 dark:text-slate-200 dark:hover:bg-slate-800',
  danger: 'bg-red-600 text-white hover:bg-red-700 active:bg-red-800 data-pressed:bg-red-800 disabled:bg-red-300',
} as const

export type ButtonVariant = keyof typeof variants

/** The classes of a `Button`; react-aria triggers (menus) that need their own button element reuse them. */
export function buttonClassName(variant: ButtonVariant = 'secondary', className = ''): string {
  return `inline-flex items-center justify-center gap-2 rounded-md px-3 py-1.5 text-sm font-medium transition-colors outline-none disabled:cursor-not-allowed aria-disabled:cursor-wait ${variants[variant]} ${className}`
}

export interface ButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'className' | 'disabled' | 'onClick'> {
  variant?: ButtonVariant
  className?: string
  onPress?: () => void
  isDisabled?: boolean | undefined
  /** Busy: stays focusable and announced, but ignores presses until the work ends. */
  isPending?: boolean | undefined
  ref?: Ref<HTMLButtonElement>
}

/**
 * A native button. Every page shows buttons, so this one costs no library code: react-aria's Button (12 KB gzip of
 * press handling) is kept for triggers that need its context, such as `MenuButton`.
 */
export function Button({ variant, className, onPress, isDisabled, isPending, type = 'button', ...props }: ButtonProps) {
  return (
    <button
      {...props}
      type={type}
      disabled={isDisabled}
      aria-disabled={isPending || undefined}
      data-pending={isPending || undefined}
      onClick={isPending || !onPress ? undefined : onPress}
      className={buttonClassName(variant, className)}
    />
  )
}
