/** A rendered row's key (its element id without the `vl-` prefix) and height. */
export interface MeasuredRow {
  key: string
  height: number
}

/**
 * How a scrolling list is read and moved from code. `props` go on the ScrollView (which carries
 * `className`); `scrollTo` moves it (after the rows it should show are rendered); `scrollBy` moves it
 * by `dy` from where it is now (`from` is where the list last reported being, for a platform that
 * cannot read it); `position` is where it is now, where the platform can tell without waiting for a
 * scroll event; `measure` reports the rendered rows' heights and the viewport's, called after a render
 * (from a layout effect): synchronously where the platform can, so nothing is painted mis-placed.
 */
export function useScrollControl(className: string): {
  props: { scrollTop?: number }
  scrollTo: (top: number) => void
  scrollBy: (dy: number, from: number) => void
  position: () => number | undefined
  measure: (done: (rows: MeasuredRow[], viewport: number) => void) => void
}
