import type { RatingSummary } from '@pocket/contract'

/** An average as SQL returns it (numeric text or null) and a count, shown to one decimal. */
export function toRatingSummary(average: string | number | null, count: number | null): RatingSummary {
  return { average: average === null ? null : Math.round(Number(average) * 10) / 10, count: count ?? 0 }
}
