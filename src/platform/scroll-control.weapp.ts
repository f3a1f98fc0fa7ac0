import { useState } from 'react'

/**
 * The mini-program's scroll-view moves when its `scroll-top` changes (setData sends only changes,
 * so a scroll by the reader is never undone); the same position twice is nudged by half a pixel so
 * it still moves when the reader has left it.
 */
export function useScrollControl(_className: string) {
  const [top, setTop] = useState<number | undefined>(undefined)
  return {
    props: { scrollTop: top },
    scrollTo: (y: number) => setTop((prev) => (prev === y ? y + 0.5 : y)),
  }
}
