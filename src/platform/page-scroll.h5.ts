import { useEffect } from 'react'

// Taro's router scrolls each page in its own container (.taro_page): in the tab order, arrow keys
// and Page Down scroll it even when the page holds no control to focus.
export function usePageScrollReachable(): void {
  useEffect(() => {
    for (const page of Array.from(document.querySelectorAll<HTMLElement>('.taro_page:not([tabindex])'))) {
      page.tabIndex = 0
    }
  }, [])
}
