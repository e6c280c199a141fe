/**
 * Keys typed between the click that opens an editor and the editor taking focus. The tag editor's code loads on the
 * first edit; a fast typist's first letters would otherwise land on the button (or trigger the list's shortcuts) and be
 * lost. Printable keys and Backspace are held here and handed to the editor when it mounts.
 */
export interface EarlyKeys {
  /** Stops holding keys and passes the text typed so far, if any, to the editor; later calls pass nothing. */
  handOver: (receive: (text: string) => void) => void
}

/** After this long without an editor taking the text, keys go where they normally would again. */
const GIVE_UP_AFTER_MS = 5_000

export function captureEarlyKeys(target: Pick<Window, 'addEventListener' | 'removeEventListener'> = window): EarlyKeys {
  let text = ''
  let holding = true
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return
    if ([...event.key].length === 1) text += event.key
    else if (event.key === 'Backspace') text = [...text].slice(0, -1).join('')
    else return
    // Held before anything else sees it: neither the focused button nor the list's shortcuts act on it.
    event.preventDefault()
    event.stopPropagation()
  }
  const stop = () => {
    if (!holding) return
    holding = false
    clearTimeout(timer)
    target.removeEventListener('keydown', onKeyDown, true)
  }
  target.addEventListener('keydown', onKeyDown, true)
  const timer = setTimeout(stop, GIVE_UP_AFTER_MS)
  return {
    handOver: (receive) => {
      const wasHolding = holding
      stop()
      if (wasHolding && text) receive(text)
    },
  }
}
