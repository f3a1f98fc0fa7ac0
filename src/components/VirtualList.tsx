import { ScrollView, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { useScrollControl } from '@/platform/scroll-control'
import { windowOf } from './virtual-window'

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
  const anchor = useRef<{ key: string; delta: number } | null>(null)

  // eslint-disable-next-line react-hooks/exhaustive-deps -- `measured` says the heights changed
  const sizes = useMemo(() => rows.map((r) => heights.current.get(r.key) ?? r.estimate), [rows, measured])
  const w = windowOf(sizes, top, viewport, viewport)
  const offsetOf = (index: number) => sizes.slice(0, index).reduce((a, b) => a + b, 0)

  const jump = (to: number) => {
    const y = Math.max(0, Math.round(to))
    setTop(y)
    scroll.scrollTo(y)
  }

  /** Remembers the first row on screen and how far into it the view is. */
  const remember = (scrollTop: number) => {
    let y = 0
    for (let i = 0; i < rows.length; i++) {
      if (y + sizes[i] > scrollTop) {
        anchor.current = { key: rows[i].key, delta: scrollTop - y }
        return
      }
      y += sizes[i]
    }
    anchor.current = null
  }

  // Rows or heights changed: stay at the end, or keep the row being read where it was.
  useEffect(() => {
    if (atEnd.current) {
      jump(w.total)
      return
    }
    const at = anchor.current ? rows.findIndex((r) => r.key === anchor.current?.key) : -1
    if (at < 0) return
    const wanted = offsetOf(at) + (anchor.current?.delta ?? 0)
    if (Math.abs(wanted - top) > 1) jump(wanted)
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
  useEffect(() => {
    void Taro.nextTick(() => {
      Taro.createSelectorQuery()
        .selectAll('.vl-row')
        .boundingClientRect()
        .select(`.${id}`)
        .boundingClientRect()
        .exec((res: unknown[]) => {
          const [found, box] = res as [{ id?: string; height?: number }[] | null, { height?: number } | null]
          let changed = false
          for (const r of found ?? []) {
            const key = r.id?.slice('vl-'.length)
            if (!key || !r.height) continue
            if (Math.abs((heights.current.get(key) ?? -1) - r.height) > 0.5) {
              heights.current.set(key, r.height)
              changed = true
            }
          }
          if (changed) setMeasured((n) => n + 1)
          if (box?.height && Math.abs(box.height - viewport) > 0.5) setViewport(box.height)
        })
    })
  }, [rendered, viewport, id])

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
        remember(scrollTop)
      }}
    >
      {w.before > 0 && <View style={{ height: `${w.before}px` }} />}
      {rows.slice(w.start, w.end).map((r) => (
        <View key={r.key} id={`vl-${r.key}`} className='vl-row'>
          {r.render()}
        </View>
      ))}
      {w.after > 0 && <View style={{ height: `${w.after}px` }} />}
    </ScrollView>
  )
}
