import { Check, Copy } from 'lucide-react'
import { useEffect, useRef, useState } from 'react'
import { Button, type ButtonProps } from './button'
import { notify } from './notify'

interface CopyButtonProps extends Omit<ButtonProps, 'onPress' | 'children' | 'value'> {
  /** What is copied. */
  text: string
  /** The visible label, e.g. "Copy link"; it is also the accessible name. */
  label: string
}

const CONFIRMATION_MS = 2000

/**
 * Copies text to the clipboard and confirms it in place ("Copied") for two seconds. The confirmation is announced
 * through a live region, so screen-reader users hear it too. Nothing copied is logged or kept.
 */
export function CopyButton({ text, label, ...buttonProps }: CopyButtonProps) {
  const [copied, setCopied] = useState(false)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current)
    },
    [],
  )

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text)
      setCopied(true)
      if (timer.current) clearTimeout(timer.current)
      timer.current = setTimeout(() => setCopied(false), CONFIRMATION_MS)
    } catch {
      notify('error', 'Could not copy to the clipboard. Select the text and copy it yourself.')
    }
  }

  return (
    <>
      <Button {...buttonProps} onPress={() => void copy()} aria-label={label}>
        {copied ? (
          <Check aria-hidden className="size-4 text-green-600 dark:text-green-400" />
        ) : (
          <Copy aria-hidden className="size-4" />
        )}
        <span aria-hidden>{copied ? 'Copied' : label}</span>
      </Button>
      <span role="status" className="sr-only">
        {copied ? 'Copied to the clipboard' : ''}
      </span>
    </>
  )
}
