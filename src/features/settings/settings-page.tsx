import { PageHeading } from '@/components/page-heading'
import { useConnection } from '@/stores/connection-store'
import { ChaosDrillSection } from './chaos-drill-section'
import { ConnectionSettingsForm } from './connection-settings-form'
import { DemoDataSection } from './demo-data-section'

export function SettingsPage() {
  const { mode } = useConnection()
  return (
    <>
      <PageHeading title="Settings" description="Where Insight Desk gets its data." />
      <section aria-labelledby="connection-heading">
        <h2 id="connection-heading" className="mb-4 text-lg font-semibold">
          Connection
        </h2>
        <ConnectionSettingsForm />
      </section>
      {mode === 'mock' && <DemoDataSection />}
      {mode === 'mock' && <ChaosDrillSection />}
    </>
  )
}
