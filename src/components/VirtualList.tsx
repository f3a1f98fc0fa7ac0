import { ScrollView, View } from '@tarojs/components'
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { useScrollControl } from '@/platform/scroll-control'
import { windowOf } from './virtual-window'
import './VirtualList.scss'

/** A row: a stable key, a height to assume until it is measured, and what it shows. */
export interface VirtualRow {
  key: string
  estimate: number
  render: () => ReactNode
}

interface Props {
  className?: string
  rows: VirtualRow[]
  /** Called when the reader reaches the top (load the page before). */
  onReachTop?: () => void
  /** When this changes to a new value, the list goes to its end (the reader just sent something). */
  pinToEnd?: string
}

let lists = 0

/** Closer than this to the end counts as at the end: new rows keep it in view. */
const END_SLACK = 48

/**
 * A scrolling list that renders only the rows near what is on screen (a viewport more either
 * side), with spacers of the others' height: a conversation of a thousand messages stays a few
 * dozen nodes, within WeChat's node and setData budgets. Rows are measured once rendered. It
 * starts at the end and stays there as rows arrive, unless the reader scrolled up; then the row
 * they were reading stays where it was, however many rows come in above it (an older page).
 */
export default function VirtualList({ className, rows, onReachTop, pinToEnd }: Props) {
  const heights = useRef(new Map<string, number>())
  const [measured, setMeasured] = useState(0)
  const [viewport, setViewport] = useState(600)
  const [top, setTop] = useState(0)
  const [id] = useState(() => `vl-${++lists}`)
  const scroll = useScrollControl(id)
  const atEnd = useRef(true)
  /** The rows and heights as last laid out: what the view's position refers to. */
  const laid = useRef<{ keys: string[]; sizes: number[] }>({ keys: [], sizes: [] })

  // eslint-disable-next-line react-hooks/exhaustive-deps -- `measured` says the heights changed
  const sizes = useMemo(() => rows.map((r) => heights.current.get(r.key) ?? r.estimate), [rows, measured])
  const w = windowOf(sizes, top, viewport, viewport)
  const offsetOf = (index: number) => sizes.slice(0, index).reduce((a, b) => a + b, 0)

  const jump = (to: number) => {
    const y = Math.max(0, Math.round(to))
    setTop(y)
    scroll.scrollTo(y)
  }

  // Rows or heights changed: stay at the end, or keep the row at the top of the view where it was.
  // That row moves by what changed above it: rows that came or went (an older page), and rows whose
  // measured height differs from what was assumed when they were laid out (the page has shown them at
  // their real height since they rendered). It is found where the view is now, in the layout the
  // view was scrolled in: the reader may have scrolled on since their last scroll event (a fling).
  useLayoutEffect(() => {
    const before = laid.current
    laid.current = { keys: rows.map((r) => r.key), sizes }
    if (atEnd.current) {
      jump(w.total)
      return
    }
    const now = scroll.position() ?? top
    const index = new Map(rows.map((r, n) => [r.key, n]))
    let i = 0
    let y = 0
    while (i < before.sizes.length - 1 && y + before.sizes[i] <= now) y += before.sizes[i++]
    // A row that went (the "loading older" line) hands its place to the next one that stayed.
    while (i < before.keys.length && !index.has(before.keys[i])) y += before.sizes[i++]
    const at = i < before.keys.length ? (index.get(before.keys[i]) ?? -1) : -1
    if (at < 0) return
    const shift = offsetOf(at) - y
    if (Math.abs(shift) <= 0.5) return
    scroll.scrollBy(shift, now)
    setTop(Math.max(0, now + shift))
    // eslint-disable-next-line react-hooks/exhaustive-deps -- re-run only when what is laid out changes
  }, [rows, measured])

  useEffect(() => {
    if (!pinToEnd) return
    atEnd.current = true
    jump(w.total)
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new value pins
  }, [pinToEnd])

  // Measure what was rendered (after the view has it), and the viewport: rows keep their height
  // (photos and voice notes are laid out at their known size), so only newly rendered ones count.
  const rendered = rows
    .slice(w.start, w.end)
    .map((r) => r.key)
    .join(' ')
  useLayoutEffect(() => {
    scroll.measure((found, box) => {
      let changed = false
      for (const r of found) {
        if (Math.abs((heights.current.get(r.key) ?? -1) - r.height) > 0.5) {
          heights.current.set(r.key, r.height)
          changed = true
        }
      }
      if (changed) setMeasured((n) => n + 1)
      if (box && Math.abs(box - viewport) > 0.5) setViewport(box)
    })
    // eslint-disable-next-line react-hooks/exhaustive-deps -- measure again only when other rows render
  }, [rendered, viewport])

  return (
    <ScrollView
      className={`vl-viewport ${id} ${className ?? ''}`}
      scrollY
      {...scroll.props}
      upperThreshold={80}
      onScrollToUpper={onReachTop}
      onScroll={(e) => {
        const { scrollTop, scrollHeight } = e.detail
        setTop(scrollTop)
        atEnd.current = scrollTop + viewport >= (scrollHeight || w.total) - END_SLACK
      }}
    >
      {w.before > 0 && <View style={{ height: `${w.before}px` }} />}
      {rows.slice(w.start, w.end).map((r) => (
        <View key={r.key} id={`vl-${r.key}`} className='vl-row' data-vl-key={r.key}>
          {r.render()}
        </View>
      ))}
      {w.after > 0 && <View style={{ height: `${w.after}px` }} />}
    </ScrollView>
  )
}
