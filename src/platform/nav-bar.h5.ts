// Taro's H5 router draws the bar (title, back or home) from the app's `navigationStyle: 'default'`
// as divs holding an SVG: give them a role, a name and the keyboard, once the router has drawn them.
export function labelNavigationBar(labels: { back: string; home: string }): void {
  const bar = document.getElementById('taro-navigation-bar')
  if (!bar) return
  bar.setAttribute('role', 'banner')
  for (const [cls, label] of [
    ['taro-navigation-bar-back', labels.back],
    ['taro-navigation-bar-home', labels.home],
  ] as const) {
    const control = bar.getElementsByClassName(cls)[0] as HTMLElement | undefined
    if (!control) continue
    control.setAttribute('role', 'button')
    control.setAttribute('aria-label', label)
    control.tabIndex = 0
    control.querySelector('svg')?.setAttribute('aria-hidden', 'true')
    if (control.dataset.keyboard) continue
    control.dataset.keyboard = '1'
    control.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') control.click()
    })
  }
  // The title is the page's heading for a screen reader.
  const title = bar.getElementsByClassName('taro-navigation-bar-title')[0]
  title?.setAttribute('role', 'heading')
  title?.setAttribute('aria-level', '1')
}
