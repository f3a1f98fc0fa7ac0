import { Button as TaroButton, type ButtonProps, type ITouchEvent } from '@tarojs/components'
import { pressable } from '@/platform/pressable'

interface Props extends Omit<ButtonProps, 'disabled' | 'loading' | 'type'> {
  variant?: 'primary' | 'plain'
  disabled?: boolean
  /** Working on it: shows a spinner and takes no taps. */
  busy?: boolean
}

/** The app's button. Taro's H5 button renders `disabled={false}` as a disabled attribute: only `true` is passed. */
export default function Button({ variant = 'primary', disabled, busy, className = '', ...rest }: Props) {
  const off = disabled || busy
  return (
    <TaroButton
      className={`btn btn-${variant} ${off ? 'btn-disabled' : ''} ${className}`}
      disabled={disabled || busy || undefined}
      loading={busy || undefined}
      {...pressable(() => rest.onClick?.({} as ITouchEvent), off)}
      {...rest}
    />
  )
}
