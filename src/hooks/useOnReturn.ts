import { useDidHide, useDidShow } from '@tarojs/taro'
import { useRef } from 'react'

/**
 * Runs `fn` when the person comes back to this page (from another page, or the app from the
 * background): what it shows may have changed meanwhile. Not on the page's first showing, which
 * Taro also reports as a show: the page has just loaded what it shows, and asking again at once
 * doubled every page's requests on the slow networks where they cost the most.
 */
export function useOnReturn(fn: () => void): void {
  const away = useRef(false)
  useDidHide(() => {
    away.current = true
  })
  useDidShow(() => {
    if (!away.current) return
    away.current = false
    fn()
  })
}
