import { groupedNumber } from '@pocket/contract/request-number'
import { Text, View } from '@tarojs/components'
import Page from '@/components/Page'
import Sensitive, { lockable } from '@/components/Sensitive'
import StateView from '@/components/StateView'
import { useOnReturn } from '@/hooks/useOnReturn'
import { useResource } from '@/hooks/useResource'
import { formatDateTime, useT, type MessageKey } from '@/i18n'
import { openRequest, requestsApi, requestTitle } from '@/services/requests'
import '../appointments/index.scss'
import Tappable from '@/components/Tappable'

/** 我的办件: every request of mine, of every kind, newest first. */
function MyRequests() {
  const t = useT()
  const list = useResource('my-requests', requestsApi.mine, { persist: true })
  useOnReturn(list.reload)
  const items = list.data?.items ?? []
  return (
    <Page className='requests' title='requests.title'>
      <Sensitive>
        <StateView resource={list} empty={items.length === 0} emptyText={t('requests.empty')} />
        {items.map((r) => (
          <Tappable key={r.number} className='card appointments-row' onTap={() => openRequest(r)}>
            <View className='appointments-row-head'>
              <Text className='title'>{requestTitle(r)}</Text>
              <Text className='appointments-status'>{t(`status.${r.status}` as MessageKey)}</Text>
            </View>
            <View className='muted'>
              {t(`requests.kind.${r.kind}`)} · {groupedNumber(r.number)}
            </View>
            <View className='muted'>{formatDateTime(Date.parse(r.updatedAt))}</View>
          </Tappable>
        ))}
      </Sensitive>
    </Page>
  )
}

export default lockable(MyRequests)
