import { useEffect, useRef } from 'react'
import type { MeasuredRow } from './scroll-control'

/**
 * In the browser the list's element is read and moved directly. Taro's H5 ScrollView puts a
 * `scrollTop` prop back on the element at every render, which would undo each scroll by the reader;
 * a move by `dy` starts from the element's own position, which is ahead of the last scroll event
 * while the reader is flinging; and rows are measured before the browser paints (Taro's
 * `nextTick` waits up to 100 ms on H5, long enough to show rows above the reader at a guessed
 * height and then jump). A row's element is a custom element that lays itself out when it
 * connects, which may be after the render that added it: rows are watched, and measured again
 * whenever one changes size.
 */
export function useScrollControl(className: string) {
  const element = () => document.querySelector<HTMLElement>(`.${className}`)
  const watch = useRef<{ observer: ResizeObserver; rows: Set<Element>; again: () => void } | null>(null)
  useEffect(() => () => watch.current?.observer.disconnect(), [])

  const measure = (done: (rows: MeasuredRow[], viewport: number) => void) => {
    const el = element()
    if (!el) return
    // By its data attribute: a row just rendered may not have its class yet (the custom element sets
    // its own class attribute when it connects, after the render has set ours).
    const found = Array.from(el.querySelectorAll<HTMLElement>('[data-vl-key]'))
    done(
      found.map((row) => ({ key: row.dataset.vlKey ?? '', height: row.getBoundingClientRect().height })),
      el.getBoundingClientRect().height,
    )
    if (typeof ResizeObserver === 'undefined') return
    watch.current ??= {
      observer: new ResizeObserver(() => watch.current?.again()),
      rows: new Set(),
      again: () => undefined,
    }
    const w = watch.current
    w.again = () => measure(done)
    const now = new Set<Element>(found)
    for (const row of w.rows) if (!now.has(row)) w.observer.unobserve(row)
    for (const row of found) if (!w.rows.has(row)) w.observer.observe(row)
    w.rows = now
  }

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
    measure,
  }
}
