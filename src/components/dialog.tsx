import { X } from 'lucide-react'
import type { ReactNode } from 'react'
import { Dialog as AriaDialog, Heading, Modal, ModalOverlay, type ModalOverlayProps } from 'react-aria-components'
import { Button } from './button'

interface DialogProps extends Omit<ModalOverlayProps, 'children' | 'className'> {
  title: string
  children: ReactNode | ((close: () => void) => ReactNode)
  /** Dialogs that ask for a decision use `alertdialog` so screen readers announce them as such. */
  role?: 'dialog' | 'alertdialog'
  size?: 'sm' | 'md' | 'lg'
}

const widths = { sm: 'max-w-sm', md: 'max-w-lg', lg: 'max-w-3xl' } as const

/**
 * A modal dialog: traps focus, closes on Esc and (unless it is an alertdialog) on a click outside, and gives focus back
 * to what opened it. Use inside react-aria's `DialogTrigger`, or control it with `isOpen`/`onOpenChange`.
 */
export function Dialog({ title, children, role = 'dialog', size = 'md', ...overlayProps }: DialogProps) {
  return (
    <ModalOverlay
      {...overlayProps}
      isDismissable={overlayProps.isDismissable ?? role === 'dialog'}
      className="fixed inset-0 z-50 flex items-start justify-center overflow-y-auto bg-slate-950/50 p-4 pt-[10vh]"
    >
      <Modal className={`w-full ${widths[size]} rounded-xl bg-white shadow-2xl outline-none dark:bg-slate-900`}>
        <AriaDialog role={role} className="relative p-5 outline-none">
          {({ close }) => (
            <>
              <Heading slot="title" className="mb-4 pr-8 text-lg font-semibold break-words">
                {title}
              </Heading>
              <Button variant="ghost" aria-label="Close" onPress={close} className="absolute top-3 right-3 px-2">
                <X aria-hidden className="size-4" />
              </Button>
              {typeof children === 'function' ? children(close) : children}
            </>
          )}
        </AriaDialog>
      </Modal>
    </ModalOverlay>
  )
}
