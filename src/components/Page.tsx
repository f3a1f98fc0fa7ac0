import { View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'
import { currentLocale } from '@/i18n'
import { useElderMode } from '@/stores/ui'

/** Page root: carries the theme classes (elder mode, direction) and the locale. */
export default function Page({ children, className = '' }: PropsWithChildren<{ className?: string }>) {
  const elder = useElderMode()
  const { lang, dir } = currentLocale()
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
