import { Text, View } from '@tarojs/components'
import type { Appointment } from '@pocket/contract'
import Page from '@/components/Page'
import Sensitive, { lockable } from '@/components/Sensitive'
import StateView from '@/components/StateView'
import { useOnReturn } from '@/hooks/useOnReturn'
import { useResource } from '@/hooks/useResource'
import { formatDay, useT } from '@/i18n'
import { bookingApi } from '@/services/booking'
import { goTo } from '@/services/session'
import './index.scss'
import Tappable from '@/components/Tappable'

function Row({ a }: { a: Appointment }) {
  const t = useT()
  return (
    <Tappable className='card appointments-row' onTap={() => goTo('appointment', { number: a.number })}>
      <View className='appointments-row-head'>
        <Text className='title'>{a.item.name}</Text>
        <Text className={`appointments-status appointments-status-${a.status}`}>{t(`status.${a.status}`)}</Text>
      </View>
      <View>
        {formatDay(a.date)} {a.start}-{a.end}
      </View>
      <View className='muted'>{a.institution.name}</View>
    </Tappable>
  )
}

/** 我的预约: what is still to come, then the rest, newest first. */
function MyAppointments() {
  const t = useT()
  const list = useResource('my-appointments', bookingApi.mine, { persist: true })
  useOnReturn(list.reload)
  const now = Date.now()
  const items = list.data?.items ?? []
  const upcoming = items
    .filter((a) => (a.status === 'booked' || a.status === 'checked_in') && Date.parse(a.startsAt) >= now - 3_600_000)
    .sort((x, y) => x.startsAt.localeCompare(y.startsAt))
  const past = items.filter((a) => !upcoming.includes(a))

  return (
    <Page className='appointments' title='appointments.title'>
      <Sensitive>
        <StateView resource={list} empty={items.length === 0} emptyText={t('appointments.empty')} />
        {upcoming.length > 0 && <View className='appointments-group'>{t('appointments.upcoming')}</View>}
        {upcoming.map((a) => (
          <Row key={a.number} a={a} />
        ))}
        {past.length > 0 && <View className='appointments-group'>{t('appointments.past')}</View>}
        {past.map((a) => (
          <Row key={a.number} a={a} />
        ))}
      </Sensitive>
    </Page>
  )
}

export default lockable(MyAppointments)
