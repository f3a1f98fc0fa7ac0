/** Rings (and vibrates) for an incoming call until the returned stop is called. */
export function startRinging(): () => void
