import { PageHeading } from '@/components/page-heading'
import { ConnectionSettingsForm } from './connection-settings-form'

export function SettingsPage() {
  return (
    <>
      <PageHeading title="Settings" description="Where Insight Desk gets its data." />
      <section aria-labelledby="connection-heading">
        <h2 id="connection-heading" className="mb-4 text-lg font-semibold">
          Connection
        </h2>
        <ConnectionSettingsForm />
      </section>
    </>
  )
}
