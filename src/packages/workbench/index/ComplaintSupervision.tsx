import { groupedNumber } from '@pocket/contract/request-number'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import StateView from '@/components/StateView'
import Tappable from '@/components/Tappable'
import { useOnReturn } from '@/hooks/useOnReturn'
import { useResource } from '@/hooks/useResource'
import { formatLastDay } from '@/i18n'
import { ApiError } from '@/services/api-error'
import { complaintDeskApi } from '@/services/complaints'
import { useT } from '../i18n'

/**
 * 督办 of complaints for the staff of a 公共法律服务中心: those due soon or overdue at the offices under
 * its region, with whom to call about them. What was said, and by whom, stays with the office.
 */
export default function ComplaintSupervision() {
  const t = useT()
  const list = useResource('complaint-supervision', complaintDeskApi.supervised)
  useOnReturn(list.reload)
  // Only a center supervises: another office's staff have nothing here.
  if (list.error instanceof ApiError && list.error.code === 'FORBIDDEN') return null
  const items = list.data?.items ?? []
  return (
    <View className='card supervision complaint-supervision'>
      <View className='title'>{t('complaintSupervision.title')}</View>
      <StateView resource={list} empty={items.length === 0} emptyText={t('complaintSupervision.empty')} />
      {items.map((c) => (
        <View key={c.number} className='desk-row supervision-row complaint-supervision-row'>
          <View className='desk-row-head'>
            <Text>
              {c.subject.institution.name} · {t(`complaints.category.${c.category}`)}
            </Text>
            <Text className={`inbox-deadline inbox-deadline-${c.deadline.state}`}>
              {c.deadline.state === 'overdue' || c.deadline.state === 'due_soon'
                ? t(`inbox.deadline.${c.deadline.state}`)
                : t(`status.${c.status}`)}
            </Text>
          </View>
          <View className='muted'>
            {groupedNumber(c.number)} · {t(`status.${c.status}`)}
            {c.deadline.dueAt ? ` · ${t('complaints.due', { due: formatLastDay(Date.parse(c.deadline.dueAt)) })}` : ''}
          </View>
          <Tappable
            inline
            className='supervision-call'
            onTap={() => void Taro.makePhoneCall({ phoneNumber: c.subject.institution.phone })}
          >
            {t('complaintSupervision.call', { name: c.subject.institution.name })}
          </Tappable>
        </View>
      ))}
    </View>
  )
}
