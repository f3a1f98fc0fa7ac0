import { View } from '@tarojs/components'
import type { CSSProperties, PropsWithChildren } from 'react'
import { pressable } from '@/platform/pressable'

interface Props {
  className?: string
  style?: CSSProperties
  onTap(): void
  /** What a screen reader says when the content is an icon or says too little. */
  label?: string
}

/** A card, row or icon that does something when tapped: a button to the keyboard and screen readers too. */
export default function Tappable({ className, style, onTap, label, children }: PropsWithChildren<Props>) {
  return (
    <View className={className} style={style} aria-label={label} onClick={() => onTap()} {...pressable(onTap)}>
      {children}
    </View>
  )
}
