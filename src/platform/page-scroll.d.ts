/**
 * Lets the keyboard scroll the page (H5: Taro's page container scrolls, and a page of text with no
 * control in it could not be scrolled without a mouse or a finger; weapp: nothing to do).
 */
export function usePageScrollReachable(): void
