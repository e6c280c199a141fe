import { useLayoutEffect, useRef } from 'react'
import {
  Button as AriaButton,
  Menu as AriaMenu,
  MenuItem as AriaMenuItem,
  MenuTrigger,
  Popover,
  type MenuItemProps,
} from 'react-aria-components'
import { buttonClassName } from './button'
import type { MenuButtonProps } from './menu'

interface LoadedMenuButtonProps<T extends object> extends MenuButtonProps<T> {
  /** The stand-in button had the focus: the real one takes it over. */
  takeFocus: boolean
  /** The stand-in was pressed before this code arrived: open the menu now, as a press would have. */
  openNow: boolean
}

/** react-aria's menu button, loaded by `MenuButton` (./menu.tsx) once its button is pointed at, focused or pressed. */
export function LoadedMenuButton<T extends object>({
  label,
  buttonProps,
  placement = 'bottom end',
  takeFocus,
  openNow,
  ...menuProps
}: LoadedMenuButtonProps<T>) {
  const trigger = useRef<HTMLButtonElement>(null)
  useLayoutEffect(() => {
    // On mount (neither changes later): this replaced the stand-in. A click without a pointer is react-aria's "virtual" press, which opens
    // the menu on its first item, as Enter does.
    if (openNow) trigger.current?.click()
    else if (takeFocus) trigger.current?.focus({ preventScroll: true })
  }, [openNow, takeFocus])
  return (
    <MenuTrigger>
      <AriaButton {...buttonProps} ref={trigger} className={buttonClassName(buttonProps?.variant, buttonProps?.className)}>
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

export function LoadedMenuItem(props: Omit<MenuItemProps, 'className'>) {
  return (
    <AriaMenuItem
      {...props}
      className="flex cursor-default items-center gap-2 rounded-md px-3 py-1.5 text-sm outline-none data-disabled:opacity-50 data-focused:bg-slate-100 dark:data-focused:bg-slate-800"
    />
  )
}
