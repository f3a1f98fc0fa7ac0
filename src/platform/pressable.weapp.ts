// The mini-program builds its accessibility tree from its own components: nothing to add.
export function pressable(_onPress: (() => void) | undefined, _disabled = false): Record<string, unknown> {
  return {}
}
