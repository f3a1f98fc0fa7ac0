import { Button, Switch, Text, View } from '@tarojs/components'
import { named } from '@/components/a11y'
import Page from '@/components/Page'
import { useT } from '@/i18n'
import { goTo, signOut } from '@/services/session'
import { useSession } from '@/stores/session'
import { useElderMode, useUi } from '@/stores/ui'
import './index.scss'
import Tappable from '@/components/Tappable'

export default function Mine() {
  const t = useT()
  const me = useSession((s) => s.me)
  const elder = useElderMode()
  const setElder = useUi((s) => s.setElder)

  return (
    <Page title='mine.title'>
      <View className='card mine-profile'>
        {me ? (
          <>
            <View className='title'>{me.displayName}</View>
            <View className='muted'>
              {t(`mine.role.${me.role}`)} · {me.phoneMasked ?? ''}
            </View>
          </>
        ) : (
          <Button className='btn btn-primary' onClick={() => goTo('login')}>
            {t('home.login')}
          </Button>
        )}
      </View>
      {me?.role === 'resident' && (
        <Tappable className='card mine-row' onTap={() => goTo('village')}>
          <Text>{t('mine.village')}</Text>
          <Text className='muted'>
            {me.village?.path.slice(2).join(' / ') ?? t('mine.villageNone')} · {t('mine.change')}
          </Text>
        </Tappable>
      )}
      {me?.role === 'resident' && (
        <>
          <Tappable className='card mine-row mine-appointments' onTap={() => goTo('myAppointments')}>
            <Text>{t('mine.appointments')}</Text>
            <Text className='chevron' />
          </Tappable>
          <Tappable className='card mine-row mine-requests' onTap={() => goTo('myRequests')}>
            <Text>{t('mine.requests')}</Text>
            <Text className='chevron' />
          </Tappable>
        </>
      )}
      <Tappable className='card mine-row mine-progress' onTap={() => goTo('progress')}>
        <Text>{t('mine.progress')}</Text>
        <Text className='chevron' />
      </Tappable>
      {me?.role === 'resident' && (
        <Tappable className='card mine-row mine-privacy' onTap={() => goTo('privacy')}>
          <Text>{t('mine.privacy')}</Text>
          <Text className='chevron' />
        </Tappable>
      )}
      <View className='card mine-row'>
        <Text>{t('mine.elder')}</Text>
        <Switch checked={elder} {...named(t('mine.elder'))} onChange={(e) => setElder(e.detail.value)} />
      </View>
      {me && (
        <Button className='btn btn-plain mine-logout' onClick={() => void signOut()}>
          {t('mine.logout')}
        </Button>
      )}
    </Page>
  )
}
