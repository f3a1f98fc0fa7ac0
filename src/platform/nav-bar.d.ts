/**
 * Names the navigation bar's back and home controls for screen readers and the keyboard, in the
 * language in effect (H5: Taro draws the bar as bare divs; weapp: WeChat's own bar, nothing to do).
 */
export function labelNavigationBar(labels: { back: string; home: string }): void
