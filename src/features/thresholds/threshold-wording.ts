import type { ThresholdConfiguration } from '@/api/schemas/threshold'
import { definedBounds } from '@/lib/threshold-breaches'

/*
 * Thresholds in the words a person would use. PostHog stores percentage bounds as fractions of the previous value
 * (0.15 = 15%) and a lower percentage bound is usually negative (a drop), so "lower -0.25, upper 0.5" reads
 * "drops by more than 25% or rises by more than 50%".
 */

const plain = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 })
const percentNumber = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 })
const oneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 })
const signedPercentNumber = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1, signDisplay: 'exceptZero' })

export function formatValue(value: number): string {
  return plain.format(value)
}

/** A fraction as a percentage without a sign: 0.15 → "15%". */
function formatFractionAsPercent(fraction: number): string {
  return `${percentNumber.format(Math.abs(fraction) * 100)}%`
}

/** A change as a signed percentage: 0.153 → "+15.3%", -0.2 → "−20%"; a change from 0 has no size. */
export function formatChange(fraction: number): string {
  if (fraction === Infinity) return 'up from 0'
  if (fraction === -Infinity) return 'down from 0'
  return `${signedPercentNumber.format(fraction * 100)}%`
}

/** A bound as it is set: "120" for an absolute threshold, "+50%" / "−25%" for a percentage one. */
export function formatBound(type: ThresholdConfiguration['type'], bound: number): string {
  return type === 'absolute' ? formatValue(bound) : formatChange(bound)
}

export function thresholdTypeLabel(type: ThresholdConfiguration['type']): string {
  return type === 'absolute' ? 'Absolute value' : 'Percentage change'
}

function lowerPercentClause(lower: number): string {
  if (lower < 0) return `drops by more than ${formatFractionAsPercent(lower)}`
  if (lower === 0) return 'drops at all'
  return `rises by less than ${formatFractionAsPercent(lower)}`
}

function upperPercentClause(upper: number): string {
  if (upper > 0) return `rises by more than ${formatFractionAsPercent(upper)}`
  if (upper === 0) return 'rises at all'
  return `drops by less than ${formatFractionAsPercent(upper)}`
}

/** "Alert when below 120 or above 400", "Alert when it changes by more than ±15%". */
export function describeThresholdRule(configuration: ThresholdConfiguration): string {
  const { lower, upper } = definedBounds(configuration.bounds)
  if (lower === null && upper === null) return 'No bounds set, so it never alerts'
  if (configuration.type === 'absolute') {
    const clauses = [
      lower === null ? null : `below ${formatValue(lower)}`,
      upper === null ? null : `above ${formatValue(upper)}`,
    ].filter((clause) => clause !== null)
    return `Alert when ${clauses.join(' or ')}`
  }
  if (lower !== null && upper !== null && lower < 0 && upper === -lower) {
    return `Alert when it changes by more than ±${formatFractionAsPercent(upper)}`
  }
  const clauses = [lower === null ? null : lowerPercentClause(lower), upper === null ? null : upperPercentClause(upper)].filter(
    (clause) => clause !== null,
  )
  return `Alert when it ${clauses.join(' or ')}`
}

/** How far past its bound a point went: "25" for a value, "13.5 percentage points" for a change. */
export function formatExcess(type: ThresholdConfiguration['type'], excess: number): string {
  if (excess === Infinity) return 'an unbounded amount (the previous value was 0)'
  if (type === 'absolute') return formatValue(excess)
  const points = oneDecimal.format(excess * 100)
  return `${points} percentage point${points === '1' ? '' : 's'}`
}
