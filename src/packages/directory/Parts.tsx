import { Text, View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'
import Tappable from '@/components/Tappable'
import { useT } from './i18n'
import './Parts.scss'

/** A line of a list that opens something: an institution, a person. */
export function Row({ className, onTap, children }: PropsWithChildren<{ className: string; onTap: () => void }>) {
  return (
    <Tappable className={`card dir-row ${className}`} onTap={onTap}>
      {children}
    </Tappable>
  )
}

/** Marks what the demo seed made up: no such office or person exists. */
export function DemoTag({ shown }: { shown: boolean }) {
  const t = useT()
  return shown ? <Text className='dir-tag dir-demo'>{t('common.demo')}</Text> : null
}

/** Words under a heading, on a line of a detail card. */
export function Fact({ label, children, className = '' }: PropsWithChildren<{ label: string; className?: string }>) {
  return (
    <View className={`dir-fact ${className}`}>
      <View className='muted'>{label}</View>
      <View>{children}</View>
    </View>
  )
}
