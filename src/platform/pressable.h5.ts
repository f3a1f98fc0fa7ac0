// Taro's H5 button and a tappable View are custom elements: out of the keyboard's reach and not
// called buttons by a screen reader. A role, a place in the tab order, and Enter and Space to press.
export function pressable(onPress: (() => void) | undefined, disabled = false): Record<string, unknown> {
  return {
    role: 'button',
    tabIndex: disabled ? -1 : 0,
    // Said both ways: Preact leaves an attribute it set on a custom element when the value goes away.
    'aria-disabled': disabled ? 'true' : 'false',
    onKeyDown: (e: KeyboardEvent) => {
      if (disabled || (e.key !== 'Enter' && e.key !== ' ')) return
      e.preventDefault()
      onPress?.()
    },
  }
}
