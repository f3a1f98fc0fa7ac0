import type { MeasuredRow } from './scroll-control'

/**
 * In the browser the list's element is read and moved directly. Taro's H5 ScrollView puts a
 * `scrollTop` prop back on the element at every render, which would undo each scroll by the reader;
 * a move by `dy` starts from the element's own position, which is ahead of the last scroll event
 * while the reader is flinging; and rows are measured before the browser paints (Taro's
 * `nextTick` waits up to 100 ms on H5, long enough to show rows above the reader at a guessed
 * height and then jump).
 */
export function useScrollControl(className: string) {
  const element = () => document.querySelector<HTMLElement>(`.${className}`)
  return {
    props: {},
    position: () => element()?.scrollTop,
    scrollTo: (y: number) => {
      const el = element()
      if (el) el.scrollTop = y
    },
    scrollBy: (dy: number) => {
      const el = element()
      if (el) el.scrollTop += dy
    },
    measure: (done: (rows: MeasuredRow[], viewport: number) => void) => {
      const el = element()
      if (!el) return
      const rows = Array.from(el.querySelectorAll<HTMLElement>('.vl-row')).map((row) => ({
        key: row.id.slice('vl-'.length),
        height: row.getBoundingClientRect().height,
      }))
      done(rows, el.getBoundingClientRect().height)
    },
  }
}
