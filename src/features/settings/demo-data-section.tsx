import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { describeError } from '@/api/error-message'
import { resetDemoData } from './demo-bridge'
import { reloadAllQueries } from '@/api/reload-all-queries'
import { Button } from '@/components/button'
import { notify } from '@/components/notify'

/** Mock mode only: start over with the seeded demo data. Asks first, since it discards every edit. */
export function DemoDataSection() {
  const queryClient = useQueryClient()
  const [confirming, setConfirming] = useState(false)
  const [busy, setBusy] = useState(false)

  const reset = async () => {
    setBusy(true)
    try {
      await resetDemoData()
      await reloadAllQueries(queryClient)
      notify('success', 'Demo data reset')
      setConfirming(false)
    } catch (error) {
      notify('error', describeError(error).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <section aria-labelledby="demo-data-heading" className="mt-10 max-w-xl">
      <h2 id="demo-data-heading" className="mb-2 text-lg font-semibold">
        Demo data
      </h2>
      <p className="mb-4 text-sm text-slate-600 dark:text-slate-400">
        The in-browser mock keeps your edits in this browser. Resetting brings back the original demo insights, tags and sharing
        settings.
      </p>
      {confirming ? (
        <div
          role="group"
          aria-label="Confirm reset"
          className="flex flex-wrap items-center gap-2 rounded-md border border-amber-300 bg-amber-50 p-3 dark:border-amber-800 dark:bg-amber-950/40"
        >
          <p className="w-full text-sm text-amber-900 dark:text-amber-200">
            This discards every change you made to the demo data.
          </p>
          <Button variant="danger" onPress={() => void reset()} isDisabled={busy}>
            {busy ? 'Resetting…' : 'Yes, reset demo data'}
          </Button>
          <Button onPress={() => setConfirming(false)} isDisabled={busy}>
            Cancel
          </Button>
        </div>
      ) : (
        <Button onPress={() => setConfirming(true)}>Reset demo data</Button>
      )}
    </section>
  )
}
