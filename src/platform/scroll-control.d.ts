/**
 * How a scrolling list is moved from code. `props` go on the ScrollView (which carries `className`);
 * `scrollTo` moves it (after the rows it should show are rendered).
 */
export function useScrollControl(className: string): {
  props: { scrollTop?: number }
  scrollTo: (top: number) => void
}
