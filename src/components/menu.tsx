import type { ReactNode } from 'react'
import {
  Button as AriaButton,
  Menu as AriaMenu,
  MenuItem as AriaMenuItem,
  MenuTrigger,
  Popover,
  type ButtonProps,
  type MenuItemProps,
  type MenuProps,
} from 'react-aria-components'
import { buttonClassName, type ButtonVariant } from './button'

interface MenuButtonProps<T extends object> extends Omit<MenuProps<T>, 'className'> {
  /** The trigger's content; give icon-only triggers an `aria-label` through `buttonProps`. */
  label: ReactNode
  buttonProps?: Omit<ButtonProps, 'className' | 'children'> & { variant?: ButtonVariant; className?: string }
  placement?: 'bottom start' | 'bottom end'
}

/** A button that opens a menu of actions: arrow keys move, Enter picks, Esc closes and focus returns to the button. */
export function MenuButton<T extends object>({ label, buttonProps, placement = 'bottom end', ...menuProps }: MenuButtonProps<T>) {
  return (
    <MenuTrigger>
      <AriaButton {...buttonProps} className={buttonClassName(buttonProps?.variant, buttonProps?.className)}>
        {label}
      </AriaButton>
      <Popover
        placement={placement}
        className="min-w-48 rounded-lg border border-slate-200 bg-white p-1 shadow-lg outline-none dark:border-slate-700 dark:bg-slate-900"
      >
        <AriaMenu {...menuProps} className="max-h-[60vh] overflow-auto outline-none" />
      </Popover>
    </MenuTrigger>
  )
}

export function MenuItem(props: Omit<MenuItemProps, 'className'>) {
  return (
    <AriaMenuItem
      {...props}
      className="flex cursor-default items-center gap-2 rounded-md px-3 py-1.5 text-sm outline-none data-disabled:opacity-50 data-focused:bg-slate-100 dark:data-focused:bg-slate-800"
    />
  )
}
