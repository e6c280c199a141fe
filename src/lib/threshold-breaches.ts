/*
 * Where a series crosses an alert threshold, computed the way PostHog's alert check does
 * (posthog/tasks/alerts/trends.py): a value below the lower bound or above the upper bound breaches it (equal is
 * fine), the lower bound is checked first, and a percentage threshold compares the change from the previous point
 * as a fraction (0.15 = 15%), with a change from 0 to 0 counting as no change and a change from 0 to anything else
 * as infinite.
 */

export type ThresholdKind = 'absolute' | 'percentage'

/** Either side may be missing (one-sided threshold) or both (a threshold that never fires). */
export interface ThresholdBoundsInput {
  lower?: number | null
  upper?: number | null
}

export type BoundSide = 'lower' | 'upper'

export interface ThresholdBreach {
  side: BoundSide
  /** The bound that was crossed. */
  bound: number
  /** How far past the bound the compared number went; always positive, `Infinity` for a change from 0. */
  excess: number
}

export interface EvaluatedPoint {
  index: number
  value: number
  /**
   * What is held against the bounds: the value itself, or for a percentage threshold the change from the previous
   * point as a fraction. Null for the first point of a percentage threshold, which has nothing to compare with.
   */
  compared: number | null
  breach: ThresholdBreach | null
}

/** The bounds that are set, as numbers; a missing side is `null`. */
export function definedBounds(bounds: ThresholdBoundsInput | null | undefined): { lower: number | null; upper: number | null } {
  return { lower: bounds?.lower ?? null, upper: bounds?.upper ?? null }
}

/**
 * Period-over-period change as a fraction, by PostHog's rules. From 0 the change has no finite size: staying at 0 is
 * no change, anything else is infinite in the direction it moved.
 */
export function percentageChange(previous: number, current: number): number {
  if (previous === 0) {
    if (current === 0) return 0
    return current > 0 ? Infinity : -Infinity
  }
  return (current - previous) / previous
}

/** Which bound a number breaks, if any. */
export function breachOf(compared: number, bounds: ThresholdBoundsInput | null | undefined): ThresholdBreach | null {
  const { lower, upper } = definedBounds(bounds)
  if (lower !== null && compared < lower) return { side: 'lower', bound: lower, excess: lower - compared }
  if (upper !== null && compared > upper) return { side: 'upper', bound: upper, excess: compared - upper }
  return null
}

/** Every point of a series with what was compared and whether it breached. */
export function evaluateThreshold(
  kind: ThresholdKind,
  bounds: ThresholdBoundsInput | null | undefined,
  values: readonly number[],
): EvaluatedPoint[] {
  return values.map((value, index) => {
    const previous = index > 0 ? values[index - 1] : undefined
    const compared = kind === 'absolute' ? value : previous === undefined ? null : percentageChange(previous, value)
    return { index, value, compared, breach: compared === null ? null : breachOf(compared, bounds) }
  })
}

/** Only the points that breached, in series order. */
export function thresholdBreaches(
  kind: ThresholdKind,
  bounds: ThresholdBoundsInput | null | undefined,
  values: readonly number[],
): (EvaluatedPoint & { breach: ThresholdBreach })[] {
  return evaluateThreshold(kind, bounds, values).filter(
    (point): point is EvaluatedPoint & { breach: ThresholdBreach } => point.breach !== null,
  )
}
