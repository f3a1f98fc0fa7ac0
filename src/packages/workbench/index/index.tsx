import { Button, View } from '@tarojs/components'
import Page from '@/components/Page'
import PersonCard from '@/components/PersonCard'
import StateView from '@/components/StateView'
import { useResource } from '@/hooks/useResource'
import { useSocketStatus } from '@/hooks/useSocketStatus'
import { useT } from '@/i18n'
import { workbenchApi } from '@/services/workbench'
import { useRequireRole } from '@/hooks/useRequireRole'
import { restartAt, signOut } from '@/services/session'
import AdviserFigures from './AdviserFigures'
import Inbox from './Inbox'
import LegalAidDesk from './LegalAidDesk'
import ScheduleEditor from './ScheduleEditor'
import CallbackDesk from './CallbackDesk'
import ComplaintDesk from './ComplaintDesk'
import ComplaintSupervision from './ComplaintSupervision'
import StaffDesk from './StaffDesk'
import Supervision from './Supervision'
import './index.scss'

/** Advisers and staff land here; the inbox and queue arrive with their own capabilities. */
export default function Workbench() {
  const t = useT()
  const allowed = useRequireRole('adviser', 'staff')
  const summary = useResource(allowed ? 'workbench' : null, workbenchApi.summary, { persist: true })
  // Signing in (or launching with a remembered sign-in) started the socket; this only watches it.
  const status = useSocketStatus()

  if (!allowed) return null

  return (
    <Page className='workbench' title='workbench.title'>
      <View className={`workbench-status workbench-status-${status}`}>
        {t(`workbench.realtime.${status === 'open' ? 'open' : status === 'offline' ? 'offline' : 'connecting'}`)}
      </View>
      <StateView resource={summary} skeleton={{ rows: 3, rowHeight: 240 }} />
      {summary.data && (
        <>
          {/* What needs doing first: an adviser's inbox, a clerk's desk; who they are and their villages after. */}
          {summary.data.role === 'adviser' ? (
            <>
              <Inbox />
              <AdviserFigures />
            </>
          ) : (
            <>
              <StaffDesk />
              <CallbackDesk />
              <LegalAidDesk />
              <ComplaintDesk />
              <Supervision />
              <ComplaintSupervision />
              <ScheduleEditor />
            </>
          )}
          <View className='card'>
            <PersonCard person={summary.data.person} />
          </View>
          {summary.data.role === 'adviser' && (
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
          )}
        </>
      )}
      {/* Under what loads, once it has: drawn at once, it was pushed down the page as each card came. */}
      {(summary.data !== null || summary.error !== null) && (
        <Button className='btn btn-plain' onClick={() => void signOut().then(() => restartAt('login'))}>
          {t('mine.logout')}
        </Button>
      )}
    </Page>
  )
}
