import { Button, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import Page from '@/components/Page'
import PersonCard from '@/components/PersonCard'
import StateView from '@/components/StateView'
import { useResource } from '@/hooks/useResource'
import { useSocketStatus } from '@/hooks/useSocketStatus'
import { t } from '@/i18n'
import { meApi } from '@/services/me'
import { LOGIN_PATH, signOut } from '@/services/session'
import { useSession } from '@/stores/session'
import './index.scss'

/** Advisers and staff land here; the inbox and queue arrive with their own capabilities. */
export default function Workbench() {
  const signedIn = useSession((s) => !!s.accessToken)
  const summary = useResource(signedIn ? 'workbench' : null, meApi.workbench, { persist: true })
  // Signing in (or launching with a remembered sign-in) started the socket; this only watches it.
  const status = useSocketStatus()

  if (!signedIn) {
    void Taro.reLaunch({ url: LOGIN_PATH })
    return null
  }

  return (
    <Page className='workbench'>
      <View className={`workbench-status workbench-status-${status}`}>
        {t(`workbench.realtime.${status === 'open' ? 'open' : status === 'offline' ? 'offline' : 'connecting'}`)}
      </View>
      <StateView resource={summary} />
      {summary.data && (
        <>
          <View className='card'>
            <PersonCard person={summary.data.person} />
          </View>
          {summary.data.role === 'adviser' ? (
            <View className='card'>
              <View className='title'>{t('workbench.villages')}</View>
              {summary.data.villages.length === 0 ? (
                <View className='muted'>{t('workbench.noVillages')}</View>
              ) : (
                summary.data.villages.map((v) => (
                  <View key={v.code} className='workbench-village'>
                    {v.path.slice(2).join(' / ')}
                  </View>
                ))
              )}
            </View>
          ) : (
            <View className='card muted'>{t('workbench.staffHint')}</View>
          )}
          <View className='card'>
            <View className='title'>{t('workbench.inbox')}</View>
            <StateView empty emptyText={t('workbench.inboxEmpty')} />
          </View>
        </>
      )}
      <Button className='btn btn-plain' onClick={() => void signOut().then(() => Taro.reLaunch({ url: LOGIN_PATH }))}>
        {t('mine.logout')}
      </Button>
    </Page>
  )
}
