import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, type PropsWithChildren } from 'react'
import { currentLocale, t, useLocale, type MessageKey } from '@/i18n'
import { usePageScrollReachable } from '@/platform/page-scroll'
import { useElderMode } from '@/stores/ui'

interface Props {
  className?: string
  /** The navigation bar's title, in the language in effect (the page config's title shows until then). */
  title?: MessageKey
}

/** Page root: carries the theme classes (elder mode, direction), the locale and the title. */
export default function Page({ children, className = '', title }: PropsWithChildren<Props>) {
  const elder = useElderMode()
  const lang = useLocale((s) => s.lang)
  usePageScrollReachable()
  useEffect(() => {
    if (title) void Taro.setNavigationBarTitle({ title: t(title) }).catch(() => undefined)
  }, [title, lang])
  const { dir } = currentLocale()
  const classes = ['page', 'theme', elder ? 'elder' : '', dir === 'rtl' ? 'rtl' : '', className]
    .filter(Boolean)
    .join(' ')
  return (
    // lang/dir reach the DOM in H5; the mini-program ignores them and relies on the `rtl` class.
    <View className={classes} {...({ lang, dir } as Record<string, string>)}>
      {children}
    </View>
  )
}
