import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useNavigate } from '@tanstack/react-router'
import { CornerDownLeft, FileText, Loader2, Search } from 'lucide-react'
import { useState, type ReactNode } from 'react'
import {
  Autocomplete,
  Collection,
  Dialog,
  Header,
  Input,
  Label,
  Menu,
  MenuItem,
  MenuSection,
  Modal,
  ModalOverlay,
  Text,
  TextField,
} from 'react-aria-components'
import { insightQueries } from '@/api/insights'
import { insightDisplayName, type InsightBasic } from '@/api/schemas/insight'
import { ErrorState } from '@/components/error-state'
import { formatRelativeTime } from '@/lib/relative-time'
import { HighlightedText } from '@/components/highlighted-text'
import { actionCommands, matchCommands, NEW_INSIGHT, pageCommands, type PaletteCommand } from './palette-commands'
import { useDebouncedValue } from './use-debounced-value'

const SEARCH_DEBOUNCE_MS = 200
const INSIGHT_RESULTS = 10
const INSIGHT_KEY = 'insight:'

interface CommandPaletteProps {
  projectId: string
  /** What was typed while this code loaded. */
  initialInput: string
  onClose: () => void
}

const itemClass =
  'group flex cursor-default items-center gap-3 rounded-md px-3 py-2 text-sm text-slate-800 outline-none! data-focused:bg-blue-600 data-focused:text-white data-focused:[&_mark]:bg-blue-900 data-focused:[&_mark]:text-white dark:text-slate-200'
const headerClass = 'px-3 pt-3 pb-1 text-xs font-semibold text-slate-500 dark:text-slate-400'

interface CommandItemProps {
  id: string
  /** The item's plain text, for screen readers and typeahead, when the children are more than text. */
  textValue: string
  icon: ReactNode
  /** A detail that tells apart insights of the same name ("edited 3 days ago"). */
  detail?: string
  children: ReactNode
}

function CommandItem({ id, textValue, icon, detail, children }: CommandItemProps) {
  return (
    <MenuItem id={id} textValue={textValue} className={itemClass}>
      {icon}
      <Text slot="label" className="min-w-0 flex-1 truncate">
        {children}
      </Text>
      {detail && (
        <Text slot="description" className="shrink-0 text-xs text-slate-600 group-data-focused:text-white dark:text-slate-400">
          {detail}
        </Text>
      )}
      <CornerDownLeft aria-hidden className="hidden size-3.5 shrink-0 opacity-80 group-data-focused:block" />
    </MenuItem>
  )
}

/** When the insight was edited (search results) or viewed (recently viewed), in words. */
function insightDetail(insight: InsightBasic, searching: boolean): string | undefined {
  const when = searching ? insight.last_modified_at : insight.last_viewed_at
  const relative = when ? formatRelativeTime(when) : ''
  if (!relative) return undefined
  return `${searching ? 'edited' : 'viewed'} ${relative}`
}

/**
 * Quick open: type to find an insight by name (searched on the server once typing pauses), or a page or action by
 * name; arrows move, Enter opens, Esc closes. Before anything is typed it offers the insights viewed last.
 */
export default function CommandPalette({ projectId, initialInput, onClose }: CommandPaletteProps) {
  const navigate = useNavigate()
  const [input, setInput] = useState(initialInput)
  const typed = input.trim()
  const term = useDebouncedValue(typed, SEARCH_DEBOUNCE_MS)
  // The layout follows what is typed at once, not the debounced search: otherwise the item Enter would open could
  // change under the user's finger when the search starts.
  const searching = typed !== ''

  const found = useQuery({
    ...insightQueries.list(projectId, { search: term, limit: INSIGHT_RESULTS }),
    enabled: term !== '',
    placeholderData: keepPreviousData,
  })
  const recent = useQuery({ ...insightQueries.lastViewed(projectId), enabled: !searching })
  let insights: readonly InsightBasic[] = []
  if (!searching) insights = recent.data ?? []
  else if (term) insights = found.data?.results ?? []
  const insightQuery = searching ? found : recent
  const pages = matchCommands(pageCommands, typed)
  const actions = matchCommands(actionCommands, typed)
  const waiting = typed !== term || (searching && found.isFetching)

  const run = (key: string) => {
    onClose()
    if (key.startsWith(INSIGHT_KEY)) {
      void navigate({
        to: '/project/$projectId/insights/$shortId',
        params: { projectId, shortId: key.slice(INSIGHT_KEY.length) },
      })
    } else if (key === NEW_INSIGHT) {
      void navigate({ to: '/project/$projectId/insights', params: { projectId }, search: { new: true } })
    } else {
      const page = pageCommands.find((command) => command.id === key)
      if (page) void navigate({ to: page.to, params: { projectId } })
    }
  }

  let status = ''
  if (waiting) status = 'Searching…'
  else if (searching && term && found.data)
    status =
      found.data.count === 0
        ? `No insights match “${term}”`
        : `${found.data.count} ${found.data.count === 1 ? 'insight matches' : 'insights match'}`

  const commandSection = (title: string, commands: readonly PaletteCommand[]) =>
    commands.length > 0 && (
      <MenuSection>
        <Header className={headerClass}>{title}</Header>
        <Collection items={commands}>
          {(command) => (
            <CommandItem
              id={command.id}
              textValue={command.label}
              icon={<command.icon aria-hidden className="size-4 shrink-0 opacity-70" />}
            >
              {command.label}
            </CommandItem>
          )}
        </Collection>
      </MenuSection>
    )

  return (
    <ModalOverlay
      isOpen
      isDismissable
      onOpenChange={(open) => {
        if (!open) onClose()
      }}
      className="fixed inset-0 z-50 flex items-start justify-center bg-slate-950/50 p-4 pt-[12vh]"
    >
      <Modal className="w-full max-w-xl overflow-hidden rounded-xl bg-white shadow-2xl outline-none dark:bg-slate-900">
        <Dialog aria-label="Quick open" className="outline-none">
          <Autocomplete inputValue={input} onInputChange={setInput}>
            <TextField className="border-b-2 border-slate-200 focus-within:border-blue-500 dark:border-slate-800 dark:focus-within:border-blue-400">
              <Label className="sr-only">Search insights, pages and actions</Label>
              <div className="flex items-center gap-2 px-4">
                {waiting ? (
                  <Loader2 aria-hidden className="size-4 shrink-0 animate-spin text-slate-500" />
                ) : (
                  <Search aria-hidden className="size-4 shrink-0 text-slate-500" />
                )}
                <Input
                  autoFocus
                  placeholder="Find an insight, or jump to a page…"
                  // The field always holds focus here; the blue line under it shows that instead of an outline around it.
                  className="w-full bg-transparent py-3.5 text-base outline-none! placeholder:text-slate-500 dark:placeholder:text-slate-400"
                />
              </div>
            </TextField>
            <p role="status" className="sr-only">
              {status}
            </p>
            {insightQuery.isError && !insights.length && (
              <div className="p-3">
                <ErrorState error={insightQuery.error} retryLabel="Retry" onRetry={() => void insightQuery.refetch()} />
              </div>
            )}
            {/* Focusable so the list can be scrolled from the keyboard too when it is taller than the screen. */}
            <div
              tabIndex={0}
              className="max-h-[60vh] overflow-y-auto outline-none focus-visible:ring-2 focus-visible:ring-blue-500 focus-visible:ring-inset"
            >
              <Menu
                // A new set of search results starts with its first item under Enter: typing focuses the first match of
                // what is on screen, but the server's insights arrive after the typing. (Text typed before the palette
                // arrived never fires that typing at all.) Pages come first, so a page already under Enter stays there.
                key={searching ? `results:${insights.map((insight) => insight.id).join()}` : 'browse'}
                aria-label="Results"
                autoFocus={searching || initialInput.trim() ? 'first' : undefined}
                onAction={(key) => run(String(key))}
                renderEmptyState={() =>
                  !waiting && (
                    <p className="px-4 py-6 text-center text-sm text-slate-600 dark:text-slate-400">Nothing matches “{typed}”.</p>
                  )
                }
                className="p-2 outline-none"
              >
                {/* Pages match the words typed exactly, so while searching they come before the server's insights. */}
                {searching && commandSection('Go to', pages)}
                {searching && commandSection('Actions', actions)}
                {insights.length > 0 && (
                  <MenuSection>
                    <Header className={headerClass}>{searching ? 'Insights' : 'Recently viewed'}</Header>
                    <Collection items={insights}>
                      {(insight) => (
                        <CommandItem
                          id={`${INSIGHT_KEY}${insight.short_id}`}
                          textValue={insightDisplayName(insight)}
                          detail={insightDetail(insight, searching)}
                          icon={<FileText aria-hidden className="size-4 shrink-0 opacity-70" />}
                        >
                          <HighlightedText text={insightDisplayName(insight)} term={searching ? term : undefined} />
                        </CommandItem>
                      )}
                    </Collection>
                  </MenuSection>
                )}
                {!searching && commandSection('Go to', pages)}
                {!searching && commandSection('Actions', actions)}
              </Menu>
            </div>
          </Autocomplete>
          <p className="flex gap-4 border-t border-slate-200 px-4 py-2 text-xs text-slate-600 dark:border-slate-800 dark:text-slate-400">
            <span>↑↓ to move</span>
            <span>Enter to open</span>
            <span>Esc to close</span>
          </p>
        </Dialog>
      </Modal>
    </ModalOverlay>
  )
}
