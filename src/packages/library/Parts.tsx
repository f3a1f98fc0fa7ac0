import { Text, View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'
import Tappable from '@/components/Tappable'
import { useT } from './i18n'
import './Parts.scss'

/** A line of a list that opens something: a law, an article, a case, a section. */
export function Row({ className, onTap, children }: PropsWithChildren<{ className: string; onTap: () => void }>) {
  return (
    <Tappable className={`lib-row ${className}`} onTap={onTap}>
      {children}
    </Tappable>
  )
}

/** Marks a law or article of a version no longer in force. */
export function Superseded() {
  const t = useT()
  return <Text className='lib-old'>{t('library.superseded')}</Text>
}

/** What every answer and text of the library is: general legal information, not advice on one's case. */
export function Disclaimer({ className = '' }: { className?: string }) {
  const t = useT()
  return <View className={`lib-note ${className}`}>{t('library.disclaimer')}</View>
}
