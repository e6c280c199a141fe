import { ChevronDown, RefreshCw } from 'lucide-react'
import { describeError } from '@/api/error-message'
import { insightRefreshModes, useRefreshInsight, type InsightRefreshMode } from '@/api/insight-detail-extras'
import { Button } from '@/components/button'
import { MenuButton, MenuItem } from '@/components/menu'
import { notify } from '@/components/notify'

const modeLabels: Record<InsightRefreshMode, string> = {
  blocking: 'Refresh if stale',
  force_blocking: 'Recalculate now, ignoring the cache',
  async: 'Refresh in the background',
  force_async: 'Recalculate in the background',
  lazy_async: 'Refresh in the background when stale',
  force_cache: 'Reload the cached result',
}

/** The refresh button (PostHog's `refresh=blocking`) and a menu of the other refresh modes. */
export function RefreshControl({ projectId, insightId }: { projectId: string; insightId: number }) {
  const { mutate, isPending } = useRefreshInsight(projectId)
  const refresh = (mode: InsightRefreshMode) =>
    mutate({ insightId, mode }, { onError: (error) => notify('error', `Could not refresh: ${describeError(error).message}`) })
  return (
    <div className="flex">
      <Button onPress={() => refresh('blocking')} isPending={isPending} className="rounded-r-none">
        <RefreshCw aria-hidden className={`size-4 ${isPending ? 'animate-spin motion-reduce:animate-none' : ''}`} />
        {isPending ? 'Refreshing…' : 'Refresh'}
      </Button>
      <MenuButton
        label={<ChevronDown aria-hidden className="size-4" />}
        buttonProps={{ 'aria-label': 'Refresh options', isDisabled: isPending, className: 'rounded-l-none border-l-0 px-2' }}
        onAction={(key) => {
          const mode = insightRefreshModes.find((item) => item === key)
          if (mode) refresh(mode)
        }}
      >
        {insightRefreshModes.map((mode) => (
          <MenuItem key={mode} id={mode}>
            {modeLabels[mode]}
          </MenuItem>
        ))}
      </MenuButton>
    </div>
  )
}
