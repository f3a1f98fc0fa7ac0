/**
 * Props that make a tappable element a button to the keyboard and screen readers (H5: Taro draws
 * buttons and cards as custom elements a keyboard cannot reach; weapp: WeChat's own tree, nothing).
 */
export function pressable(onPress: (() => void) | undefined, disabled?: boolean): Record<string, unknown>
