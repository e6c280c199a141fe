import { SlidersHorizontal } from 'lucide-react'
import { useId } from 'react'
import type { SharingSettings } from '@/api/schemas/sharing'
import { useUpdateSharing } from '@/api/sharing'
import { Switch } from '@/components/switch'
import type { SharingSectionProps } from './sharing-panel'

type SettingKey = 'legend' | 'detailed' | 'noHeader' | 'hideExtraDetails' | 'whitelabel'

/** The display options PostHog offers for a shared insight (recording-only ones such as `showInspector` are left out). */
const settingOptions: readonly { key: SettingKey; label: string; description: string }[] = [
  {
    key: 'legend',
    label: 'Show legend',
    description: 'Names each series next to the chart, so viewers know which line is which.',
  },
  {
    key: 'detailed',
    label: 'Show detailed results',
    description: 'Adds the table of values under the chart, for viewers who want exact numbers.',
  },
  {
    key: 'noHeader',
    label: 'Hide title and description',
    description: 'Shows only the chart, for embeds whose page already says what it is.',
  },
  {
    key: 'hideExtraDetails',
    label: 'Hide extra details',
    description: 'Leaves out when the results were computed and other small print.',
  },
  {
    key: 'whitelabel',
    label: 'Hide PostHog branding',
    description: 'Removes the PostHog logo and the "shared by" line. In PostHog this needs a plan with white-labelling.',
  },
]

interface SharingSettingsSectionProps extends SharingSectionProps {
  settings: SharingSettings
}

/** Each switch saves on change. The whole settings object is sent, since PostHog replaces it rather than merging. */
export function SharingSettingsSection({
  projectId,
  insightId,
  isReadOnly,
  onWriteError,
  settings,
}: SharingSettingsSectionProps) {
  const update = useUpdateSharing(projectId)
  const idPrefix = useId()
  const shown = update.isPending && update.variables.patch.settings ? update.variables.patch.settings : settings

  // No toast on success: the switch itself shows the saved state, and a toast per switch would only be noise.
  const change = (key: SettingKey, value: boolean) =>
    update.mutate({ insightId, patch: { settings: { ...settings, [key]: value } } }, { onError: onWriteError })

  return (
    <section aria-labelledby="sharing-settings-heading" className="space-y-4">
      <div className="flex items-center gap-2">
        <SlidersHorizontal aria-hidden className="size-5 text-slate-500" />
        <h2 id="sharing-settings-heading" className="text-lg font-semibold">
          What viewers see
        </h2>
      </div>
      <div className="space-y-3">
        {settingOptions.map((option) => (
          <Switch
            key={option.key}
            isSelected={shown[option.key] === true}
            onChange={(value) => change(option.key, value)}
            // Read-only, not disabled, while saving: a disabled input would drop keyboard focus.
            isReadOnly={update.isPending}
            isDisabled={isReadOnly}
            descriptionId={`${idPrefix}-${option.key}`}
            description={option.description}
          >
            {option.label}
          </Switch>
        ))}
      </div>
    </section>
  )
}
