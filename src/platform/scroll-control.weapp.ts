import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { MeasuredRow } from './scroll-control'

/**
 * The mini-program's scroll-view moves when its `scroll-top` changes (setData sends only changes,
 * so a scroll by the reader is never undone); the same position twice is nudged by half a pixel so
 * it still moves when the reader has left it. Its position is known only from scroll events, so a
 * move by `dy` starts from the last one; rows are measured by a selector query once the view layer
 * has the render (`nextTick`).
 */
export function useScrollControl(className: string) {
  const [top, setTop] = useState<number | undefined>(undefined)
  const scrollTo = (y: number) => setTop((prev) => (prev === y ? y + 0.5 : y))
  return {
    props: { scrollTop: top },
    position: () => undefined,
    scrollTo,
    scrollBy: (dy: number, from: number) => scrollTo(Math.max(0, from + dy)),
    measure: (done: (rows: MeasuredRow[], viewport: number) => void) => {
      void Taro.nextTick(() => {
        // Asked in the page: a query not tied to one does not find the page's nodes everywhere.
        const page = Taro.getCurrentInstance().page as Parameters<Taro.SelectorQuery['in']>[0] | undefined
        const query = Taro.createSelectorQuery()
        ;(page ? query.in(page) : query)
          .selectAll(`.${className} .vl-row`)
          .boundingClientRect()
          .select(`.${className}`)
          .boundingClientRect()
          .exec((res: unknown[]) => {
            const [found, box] = res as [{ id?: string; height?: number }[] | null, { height?: number } | null]
            const rows = (found ?? []).flatMap((r) =>
              r.id && r.height ? [{ key: r.id.slice('vl-'.length), height: r.height }] : [],
            )
            done(rows, box?.height ?? 0)
          })
      })
    },
  }
}
