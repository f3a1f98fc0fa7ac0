// Browsers scale text themselves (the page uses rem); elder mode stays a choice in 我的.
export function prefersLargeText(): boolean {
  return false
}
