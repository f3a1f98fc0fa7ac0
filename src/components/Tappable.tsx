import { Text, View } from '@tarojs/components'
import type { CSSProperties, PropsWithChildren } from 'react'
import { pressable } from '@/platform/pressable'

interface Props {
  className?: string
  style?: CSSProperties
  /** What a tap does; none: the same look, but nothing to press (a card shown to its sender). */
  onTap?: () => void
  /** What a screen reader says when the content is an icon or says too little. */
  label?: string
  /** One of a set to pick from (a day, a slot, an office): says whether it is the one picked. */
  checked?: boolean
  /** Within a line of text (a link-like 换一个号码), not a block (a card, a row, an icon). */
  inline?: boolean
}

/**
 * Anything that acts when tapped and is not a Button: a card, a row, an icon, a word, a choice. Also
 * a button (or a radio, for a choice) to the keyboard and screen readers: H5 draws these as custom
 * elements that neither would reach.
 */
export default function Tappable({ inline, onTap, label, checked, children, ...rest }: PropsWithChildren<Props>) {
  const Tag = inline ? Text : View
  const press = onTap ? pressable(onTap) : {}
  const choice = checked === undefined || !('role' in press) ? {} : { role: 'radio', 'aria-checked': checked }
  return (
    <Tag {...rest} aria-label={label} onClick={onTap && (() => onTap())} {...press} {...choice}>
      {children}
    </Tag>
  )
}
