import { View } from '@tarojs/components'
import type { ComponentType, PropsWithChildren } from 'react'
import { useT } from '@/i18n'
import { quickExit } from '@/services/quick-exit'
import { useLocked } from '@/stores/app-lock'
import { useSession } from '@/stores/session'
import LockScreen from './LockScreen'
import Page from './Page'
import Tappable from './Tappable'
import './Sensitive.scss'

/**
 * A resident's page of their own (我的咨询, 我的办件 and what opens from them, the forms that tell of
 * their trouble): 快速离开 at its top, and, with the app lock on, the lock until it is opened. Anyone
 * else (an adviser in the chat) sees the page as it is. No element of its own around the page, so a
 * page laid out as a column (the chat) keeps its layout.
 */
export default function Sensitive({ children, lock = true }: PropsWithChildren<{ lock?: boolean }>) {
  const t = useT()
  const resident = useSession((s) => s.me?.role === 'resident')
  const locked = useLocked()
  if (!resident) return <>{children}</>
  return (
    <>
      <View className='quick-exit-row'>
        <Tappable inline className='quick-exit' label={t('quickExit.hint')} onTap={quickExit}>
          {t('quickExit.label')}
        </Tappable>
      </View>
      {lock && locked ? <LockScreen /> : children}
    </>
  )
}

/**
 * A page of the person's own that neither shows nor loads anything of theirs while the lock is
 * closed: its hooks run only once it is opened. Titled 已上锁 meanwhile, which says nothing either.
 */
export function lockable<P extends object>(Inner: ComponentType<P>): ComponentType<P> {
  return function Lockable(props: P) {
    const locked = useLocked()
    if (!locked) return <Inner {...props} />
    return (
      <Page className='locked' title='lock.title'>
        <Sensitive />
      </Page>
    )
  }
}
