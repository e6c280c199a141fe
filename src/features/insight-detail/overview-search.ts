import { z } from 'zod/mini'
import { chartDisplays } from './chart-displays'

/*
 * The Overview tab keeps its view in the URL so a shared link opens the same chart type or table. Junk falls back to
 * the defaults: no `display` means the chart type saved with the insight, no `table` the chart.
 */
export const overviewSearchSchema = z.object({
  display: z.catch(z.optional(z.enum(chartDisplays)), undefined),
  // Optional rather than defaulted: a materialised `table: false` would be carried to pages that retain search params.
  table: z.catch(z.optional(z.boolean()), undefined),
})
