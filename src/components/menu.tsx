import { useRef, useState, type ReactNode } from 'react'
import type { ButtonProps, MenuItemProps, MenuProps } from 'react-aria-components'
import { lazyCode } from '@/lib/lazy-code'
import { buttonClassName, type ButtonVariant } from './button'
import type { LoadedMenuButton, LoadedMenuItem } from './menu-popup'

export interface MenuButtonProps<T extends object> extends Omit<MenuProps<T>, 'className'> {
  /** The trigger's content; give icon-only triggers an `aria-label` through `buttonProps`. */
  label: ReactNode
  buttonProps?: Omit<ButtonProps, 'className' | 'children'> & { variant?: ButtonVariant; className?: string }
  placement?: 'bottom start' | 'bottom end'
}

/*
 * react-aria's menu (its trigger, popover, collection and selection code) is ~35 KB gzip, and a page shows its menu
 * buttons long before anyone opens one. Each starts as a plain button with the same look and ARIA; pointing at it,
 * focusing it or pressing it loads the menu code, which then takes its place (and its focus, and a press made
 * meanwhile). The loaded module is kept here, so later menus render the real one at once.
 */
interface MenuModule {
  LoadedMenuButton: typeof LoadedMenuButton
  LoadedMenuItem: typeof LoadedMenuItem
}
const menuCode = lazyCode<MenuModule>(() => import('./menu-popup'))

/** A button that opens a menu of actions: arrow keys move, Enter picks, Esc closes and focus returns to the button. */
export function MenuButton<T extends object>(props: MenuButtonProps<T>) {
  const [menu, setMenu] = useState(menuCode.loaded)
  const [pressed, setPressed] = useState(false)
  const [focused, setFocused] = useState(false)
  // Not swapped between a press's pointerdown and its click, which would then land on neither button.
  const pointerDown = useRef(false)
  if (menu) return <menu.LoadedMenuButton {...props} takeFocus={focused} openNow={pressed} />

  const { label, buttonProps } = props
  const disabled = buttonProps?.isDisabled ?? false
  const pending = buttonProps?.isPending ?? false
  const load = () =>
    void menuCode.load().then((module) => {
      if (!pointerDown.current) setMenu(module)
    })
  const press = () => {
    pointerDown.current = false
    if (disabled || pending) return
    setPressed(true)
    load()
  }
  return (
    <button
      type="button"
      aria-label={buttonProps?.['aria-label']}
      aria-haspopup="true"
      aria-expanded="false"
      aria-disabled={pending || undefined}
      disabled={disabled}
      className={buttonClassName(buttonProps?.variant, buttonProps?.className)}
      onPointerEnter={load}
      onPointerDown={() => {
        pointerDown.current = true
        load()
      }}
      onPointerUp={() => {
        pointerDown.current = false
      }}
      onFocus={() => {
        setFocused(true)
        load()
      }}
      onBlur={() => setFocused(false)}
      onClick={press}
      onKeyDown={(event) => {
        if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return
        event.preventDefault()
        press()
      }}
    >
      {label}
    </button>
  )
}

/** An item of a `MenuButton`'s menu; rendered only inside the loaded menu. */
export function MenuItem(props: Omit<MenuItemProps, 'className'>) {
  const menu = menuCode.loaded()
  if (!menu) throw new Error('MenuItem renders only inside a MenuButton')
  return <menu.LoadedMenuItem {...props} />
}
