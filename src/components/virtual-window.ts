/** Which rows of a list to render for a scroll position: the rest are spacers of their height. */
export interface VirtualWindow {
  /** First row to render, and one past the last. */
  start: number
  end: number
  /** Heights of the spacers above and below the rendered rows. */
  before: number
  after: number
  /** Height of the whole list. */
  total: number
}

/**
 * The rows that meet the viewport, with `overscan` pixels more on either side so a fling shows
 * rows already there. `sizes` are each row's measured height, or its estimate until measured.
 */
export function windowOf(
  sizes: readonly number[],
  scrollTop: number,
  viewport: number,
  overscan: number,
): VirtualWindow {
  const tops: number[] = []
  let total = 0
  for (const size of sizes) {
    tops.push(total)
    total += size
  }
  const from = Math.max(0, Math.min(scrollTop, total - viewport) - overscan)
  const to = Math.max(scrollTop, 0) + viewport + overscan
  let start = 0
  while (start < sizes.length - 1 && tops[start] + sizes[start] <= from) start++
  let end = start
  while (end < sizes.length && (end === start || tops[end] < to)) end++
  const before = sizes.length ? tops[start] : 0
  const after = end < sizes.length ? total - tops[end] : 0
  return { start, end, before, after, total }
}
