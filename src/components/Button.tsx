import { Button as TaroButton, type ButtonProps, type ITouchEvent } from '@tarojs/components'
import { pressable } from '@/platform/pressable'

interface Props extends Omit<ButtonProps, 'disabled' | 'loading' | 'type'> {
  variant?: 'primary' | 'plain'
  disabled?: boolean
  /** Working on it: shows a spinner and takes no taps. */
  busy?: boolean
}

/**
 * The app's button. Preact sets a custom element's properties: `disabled` and `loading` go as
 * booleans, so a button that was busy is enabled again when it is not.
 */
export default function Button({ variant = 'primary', disabled, busy, className = '', ...rest }: Props) {
  const off = disabled || busy
  return (
    <TaroButton
      className={`btn btn-${variant} ${off ? 'btn-disabled' : ''} ${className}`}
      disabled={Boolean(off)}
      loading={Boolean(busy)}
      {...pressable(() => rest.onClick?.({} as ITouchEvent), off)}
      {...rest}
    />
  )
}
