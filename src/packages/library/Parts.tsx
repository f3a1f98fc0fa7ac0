import { Input, Text, View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'
import Tappable from '@/components/Tappable'
import { named } from '@/components/a11y'
import type { useSearchText } from '@/hooks/useSearchText'
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

/** The search box of a library page: searches as the person pauses typing, or at the keyboard's search key. */
export function SearchBox({
  search,
  placeholder,
  maxlength,
  className,
}: {
  search: ReturnType<typeof useSearchText>
  placeholder: string
  maxlength: number
  className: string
}) {
  return (
    <Input
      className={`input lib-search ${className}`}
      value={search.typed}
      placeholder={placeholder}
      confirmType='search'
      maxlength={maxlength}
      {...named(placeholder)}
      onInput={(e) => search.setTyped(e.detail.value)}
      onConfirm={search.confirm}
    />
  )
}
