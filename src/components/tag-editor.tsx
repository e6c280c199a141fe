import { X } from 'lucide-react'
import {
  useCallback,
  useContext,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ClipboardEvent,
  type KeyboardEvent,
  type RefObject,
} from 'react'
import {
  Button as AriaButton,
  ComboBox,
  ComboBoxStateContext,
  Input,
  ListBox,
  ListBoxItem,
  Popover,
  Tag,
  TagGroup,
  TagList,
  Text,
  type Key,
} from 'react-aria-components'
import { tagColorClasses } from '@/lib/tag-color'
import type { EarlyKeys } from './early-keys'
import { addTags, hasSeparator, matchingSuggestions, newTagName, splitTagText, type TagSuggestion } from './tag-editor-rules'

export interface TagEditorProps {
  /** Accessible name of the tag group and its input, e.g. "Tags" or "Tags to add". */
  label: string
  value: readonly string[]
  onChange: (tags: string[]) => void
  /** The project's tags, with usage counts once known, offered as you type (already-chosen ones are not offered). */
  suggestions: readonly TagSuggestion[]
  autoFocus?: boolean
  /** Keys typed before this editor was on screen (its code loads on the first edit): they start its input. */
  earlyKeys?: EarlyKeys | null
  /** Escape pressed while the input is empty and no suggestion list is open: inline editors cancel with it. */
  onEscape?: () => void
  /** Enter pressed on an empty input: inline editors save with it. */
  onSubmit?: () => void
  isDisabled?: boolean
}

/** Enough to pick from while typing; a longer list is scrolled, not read. */
const SUGGESTION_LIMIT = 50

const plural = (count: number) => `${count} insight${count === 1 ? '' : 's'}`

/** The list's key of the "Create" option; no tag can be named so (names are trimmed, and a NUL never is typed). */
const CREATE_KEY = '\u0000create'

/** One option of the list: an existing tag, or creating the typed one, which is kept apart so a typo is not silent. */
interface SuggestionOption {
  id: string
  name: string
  count: number | undefined
  isNew: boolean
}

/** What a key needs to know of the suggestion list, as it was before the key. */
interface SuggestionList {
  isOpen: boolean
  hasHighlight: boolean
  close: () => void
}

interface TagInputProps {
  isDisabled: boolean
  /** The input is empty and the user did not ask for the list with ↓. */
  keepListClosed: boolean
  /** Text arrived without typing (keys held while the editor loaded): open the list for it, as typing would have. */
  openForText: boolean
  onOpenedForText: () => void
  inputRef: RefObject<HTMLInputElement | null>
  onKeyDownCapture: (event: KeyboardEvent, list: SuggestionList) => void
  onPaste: (event: ClipboardEvent<HTMLInputElement>) => void
  onBlur: () => void
}

/** The combobox's input; it sits inside the ComboBox so it can ask whether the list is open before a key acts. */
function TagInput({
  isDisabled,
  keepListClosed,
  openForText,
  onOpenedForText,
  inputRef,
  onKeyDownCapture,
  onPaste,
  onBlur,
}: TagInputProps) {
  const state = useContext(ComboBoxStateContext)
  const isOpen = state?.isOpen ?? false
  // The combobox opens its list whenever the text changes, also when a pick or Enter empties it; all the project's
  // tags popping up then would only cover the page. Closed before paint, so it never shows.
  useLayoutEffect(() => {
    if (isOpen && keepListClosed) state?.close()
  }, [isOpen, keepListClosed, state])
  // The combobox opens only on input events; text handed over from early keys sets the value without one.
  useLayoutEffect(() => {
    if (!openForText || !state) return
    onOpenedForText()
    if (!keepListClosed) state.open(null, 'input')
  }, [openForText, onOpenedForText, keepListClosed, state])
  return (
    <div
      className="flex min-w-32 flex-1"
      onBlur={onBlur}
      onKeyDownCapture={(event) =>
        onKeyDownCapture(event, {
          isOpen: state?.isOpen ?? false,
          hasHighlight: state?.selectionManager.focusedKey != null,
          close: () => state?.close(),
        })
      }
    >
      <Input
        ref={inputRef}
        onPaste={(event) => {
          onPaste(event)
          if (event.defaultPrevented) state?.close()
        }}
        placeholder={isDisabled ? undefined : 'Add a tag…'}
        // The whole field shows focus (focus-within); the app-wide outline on the input inside it would be a second ring.
        style={{ outline: 'none' }}
        className="w-full min-w-0 bg-transparent py-0.5 text-sm outline-none placeholder:text-slate-500 disabled:cursor-not-allowed dark:placeholder:text-slate-400"
      />
    </div>
  )
}

/**
 * Tags as coloured chips, each removable, and an input that autocompletes from the project's tags. Enter or a comma
 * adds what is typed, pasting "a, b, c" adds three, Backspace on the empty input first selects the last chip and then
 * removes it. Names follow PostHog's rule (trimmed, lower-cased); blank, duplicate and over-long ones are refused with
 * a hint. The owner decides when the value is saved: `onSubmit` (Enter on the empty input) and `onEscape` let inline
 * editors save and cancel from the keyboard.
 */
export function TagEditor({
  label,
  value,
  onChange,
  suggestions,
  autoFocus,
  earlyKeys,
  onEscape,
  onSubmit,
  isDisabled = false,
}: TagEditorProps) {
  const [text, setText] = useState('')
  const [hint, setHint] = useState<string | null>(null)
  /** The chip the first Backspace selected; it stays selected only while it is still the last one. */
  const [armed, setArmed] = useState<string | null>(null)
  const [announcement, setAnnouncement] = useState('')
  const inputRef = useRef<HTMLInputElement>(null)
  const hintId = useId()
  const [textHandedOver, setTextHandedOver] = useState(false)
  const listOpenedForText = useCallback(() => setTextHandedOver(false), [])
  // Taken in the commit that puts the input on screen, so no key falls between the hand-over and the focus.
  useLayoutEffect(
    () =>
      earlyKeys?.handOver((typed) => {
        setText(typed)
        setTextHandedOver(true)
      }),
    [earlyKeys],
  )

  const last = value.at(-1)
  const armedTag = armed !== null && armed === last ? armed : null
  /** The list opened with ↓ on the empty input, to browse the most used tags; typing opens it otherwise. */
  const [browsing, setBrowsing] = useState(false)
  const items = useMemo(() => {
    const options: SuggestionOption[] = matchingSuggestions(suggestions, value, text, SUGGESTION_LIMIT).map((tag) => ({
      id: tag.name,
      name: tag.name,
      count: tag.count,
      isNew: false,
    }))
    const created = newTagName(text, suggestions, value)
    if (created !== null) options.push({ id: CREATE_KEY, name: created, count: undefined, isNew: true })
    return options
  }, [suggestions, value, text])

  /** Adds the names and says what happened; resolves whether any was refused. */
  const add = (names: readonly string[]): boolean => {
    const result = addTags(value, names)
    setHint(result.hint)
    setArmed(null)
    if (result.added.length) {
      onChange(result.tags)
      setAnnouncement(`Added ${result.added.join(', ')}.`)
    }
    return result.hint === null
  }

  const remove = (names: ReadonlySet<Key>) => {
    const next = value.filter((tag) => !names.has(tag))
    setArmed(null)
    setHint(null)
    setAnnouncement(`Removed ${value.filter((tag) => names.has(tag)).join(', ')}.`)
    onChange(next)
    // The removed chip held focus; with none left, the input is the natural place to continue.
    if (next.length === 0) inputRef.current?.focus()
  }

  const commitTyped = () => {
    // A refused name stays in the input so it can be corrected.
    if (add([text])) setText('')
  }

  const onKeyDownCapture = (event: KeyboardEvent, list: SuggestionList) => {
    if (isDisabled) return
    const stop = () => {
      event.preventDefault()
      event.stopPropagation()
    }
    switch (event.key) {
      case 'Enter':
        // Enter on a highlighted suggestion picks it; the combobox does that itself.
        if (list.isOpen && list.hasHighlight) return
        stop()
        list.close()
        if (text === '') onSubmit?.()
        else commitTyped()
        return
      case ',':
        stop()
        list.close()
        commitTyped()
        return
      case 'Backspace':
        if (text !== '' || last === undefined) return
        stop()
        if (armedTag !== null) {
          remove(new Set([armedTag]))
        } else {
          setArmed(last)
          setHint(`Press Backspace again to remove “${last}”.`)
        }
        return
      case 'Escape':
        // The first Escape closes the list, the next clears the text, the last cancels. Each stops here, so closing
        // the list does not also close a dialog or popover around the editor.
        if (list.isOpen) {
          stop()
          list.close()
        } else if (text !== '') {
          stop()
          setText('')
          setHint(null)
        } else if (onEscape) {
          stop()
          onEscape()
        }
        return
      default:
        if (armedTag !== null) {
          setArmed(null)
          setHint(null)
        }
    }
  }

  // Text typed but not yet added would be lost silently when the user goes on to a Save or Add button.
  const onBlur = () => {
    if (text.trim() !== '') commitTyped()
  }

  const onPaste = (event: ClipboardEvent<HTMLInputElement>) => {
    const pasted = event.clipboardData.getData('text/plain')
    if (!hasSeparator(pasted)) return
    event.preventDefault()
    const input = event.currentTarget
    const before = text.slice(0, input.selectionStart ?? text.length)
    const after = text.slice(input.selectionEnd ?? text.length)
    add(splitTagText(before + pasted + after).filter((part) => part.trim() !== ''))
    setText('')
  }

  const onInputChange = (next: string) => {
    setArmed(null)
    setHint(null)
    // Keyboards that send no key events (some mobile ones) still type the comma into the text.
    if (hasSeparator(next)) {
      const parts = splitTagText(next)
      const rest = parts.pop() ?? ''
      add(parts.filter((part) => part.trim() !== ''))
      setText(rest)
    } else {
      setText(next)
    }
  }

  return (
    <div className="flex flex-col gap-1">
      <div
        className={`flex flex-wrap items-center gap-1.5 rounded-md border px-2 py-1.5 focus-within:border-blue-500 focus-within:ring-1 focus-within:ring-blue-500 dark:bg-slate-900 ${
          isDisabled
            ? 'border-slate-200 bg-slate-50 dark:border-slate-800 dark:bg-slate-900/50'
            : 'border-slate-300 bg-white dark:border-slate-700'
        }`}
      >
        {value.length > 0 && (
          <TagGroup aria-label={label} onRemove={isDisabled ? undefined : remove} className="contents">
            <TagList className="contents">
              {value.map((tag) => (
                <Tag
                  key={tag}
                  id={tag}
                  textValue={tag}
                  className={`flex max-w-full items-center gap-0.5 rounded-full py-0.5 pr-0.5 pl-2 text-xs font-medium outline-none data-focus-visible:ring-2 data-focus-visible:ring-blue-500 data-focus-visible:ring-offset-1 dark:ring-offset-slate-900 ${
                    isDisabled ? 'pr-2' : ''
                  } ${tag === armedTag ? 'ring-2 ring-blue-600 ring-offset-1 dark:ring-blue-400' : ''} ${tagColorClasses(tag)}`}
                >
                  <span className="break-all">{tag}</span>
                  {!isDisabled && (
                    <AriaButton
                      slot="remove"
                      aria-label="Remove tag"
                      className="rounded-full p-0.5 outline-none hover:bg-black/10 data-focus-visible:ring-2 data-focus-visible:ring-blue-500 dark:hover:bg-white/15"
                    >
                      <X aria-hidden className="size-3" />
                    </AriaButton>
                  )}
                </Tag>
              ))}
            </TagList>
          </TagGroup>
        )}
        <ComboBox
          aria-label={label}
          aria-describedby={hintId}
          inputValue={text}
          onInputChange={onInputChange}
          selectedKey={null}
          onSelectionChange={(key) => {
            if (key === null) return
            add([key === CREATE_KEY ? text : String(key)])
            setText('')
            // A controlled combobox leaves closing to its owner after a pick.
            setBrowsing(false)
          }}
          items={items}
          allowsCustomValue
          onOpenChange={(isOpen, trigger) => setBrowsing(isOpen && trigger === 'manual')}
          autoFocus={autoFocus ?? false}
          isDisabled={isDisabled}
          className="flex min-w-32 flex-1"
        >
          <TagInput
            isDisabled={isDisabled}
            keepListClosed={text.trim() === '' && !browsing}
            openForText={textHandedOver}
            onOpenedForText={listOpenedForText}
            inputRef={inputRef}
            onKeyDownCapture={onKeyDownCapture}
            onPaste={onPaste}
            onBlur={onBlur}
          />
          <Text slot="description" className="sr-only">
            Enter or comma adds a tag; Backspace on the empty field removes the last one.
          </Text>
          <Popover
            placement="bottom start"
            className="max-h-72 w-(--trigger-width) max-w-sm min-w-56 overflow-auto rounded-lg border border-slate-200 bg-white p-1 shadow-lg outline-none dark:border-slate-700 dark:bg-slate-900"
          >
            <ListBox<SuggestionOption> className="outline-none">
              {(option) => (
                <ListBoxItem
                  id={option.id}
                  textValue={option.isNew ? `Create new tag “${option.name}”` : option.name}
                  aria-label={option.isNew ? `Create new tag “${option.name}”` : undefined}
                  className={`flex cursor-default items-center justify-between gap-3 rounded-md px-2 py-1.5 text-sm outline-none data-focused:bg-slate-100 dark:data-focused:bg-slate-800 ${
                    option.isNew && items.length > 1 ? 'mt-1 border-t border-slate-200 dark:border-slate-700' : ''
                  }`}
                >
                  <span className="flex min-w-0 items-center gap-1.5">
                    {option.isNew && <span className="shrink-0">Create</span>}
                    <span className={`truncate rounded-full px-2 py-0.5 text-xs font-medium ${tagColorClasses(option.name)}`}>
                      {option.name}
                    </span>
                  </span>
                  <span className="shrink-0 text-xs text-slate-600 tabular-nums dark:text-slate-400">
                    {option.isNew ? 'new tag' : option.count === undefined ? '' : plural(option.count)}
                  </span>
                </ListBoxItem>
              )}
            </ListBox>
          </Popover>
        </ComboBox>
      </div>
      <p id={hintId} role="status" className="text-xs text-slate-700 dark:text-slate-300">
        {hint}
        <span className="sr-only"> {announcement}</span>
      </p>
    </div>
  )
}
