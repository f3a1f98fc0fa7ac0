import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import StateView from '@/components/StateView'
import { useOnReturn } from '@/hooks/useOnReturn'
import { useResource } from '@/hooks/useResource'
import { formatDateTime, useT } from '@/i18n'
import { consultApi } from '@/services/consult'
import Tappable from '@/components/Tappable'

/**
 * 督办 for county staff: conversations of their villages past the reply deadline, with whom to
 * call about them. What was said stays between the resident and the advisers.
 */
export default function Supervision() {
  const t = useT()
  const list = useResource('supervision', consultApi.overdue)
  useOnReturn(list.reload)
  const items = list.data?.items ?? []
  return (
    <View className='card supervision'>
      <View className='title'>{t('supervision.title')}</View>
      <StateView resource={list} empty={items.length === 0} emptyText={t('supervision.empty')} />
      {items.map((o) => (
        <View key={o.id} className='desk-row supervision-row'>
          <View className='desk-row-head'>
            <Text>{t('supervision.row', { village: o.village.name, adviser: o.adviser.name })}</Text>
            <Text className='inbox-deadline inbox-deadline-overdue'>{t('inbox.deadline.overdue')}</Text>
          </View>
          <View className='muted'>
            {t('supervision.since', {
              since: formatDateTime(Date.parse(o.waitingSince)),
              due: formatDateTime(Date.parse(o.dueAt)),
            })}
          </View>
          <View className='muted'>
            {o.handedOver && o.backup
              ? t('supervision.handedOver', { backup: o.backup.name })
              : t('supervision.notHandedOver')}
          </View>
          {[o.adviser, ...(o.backup ? [o.backup] : [])].map(
            (p) =>
              p.phone && (
                <Tappable
                  inline
                  key={p.id}
                  className='supervision-call'
                  onTap={() => void Taro.makePhoneCall({ phoneNumber: p.phone ?? '' })}
                >
                  {t('supervision.call', { name: p.name })}
                </Tappable>
              ),
          )}
        </View>
      ))}
    </View>
  )
}
