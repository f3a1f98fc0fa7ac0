import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import StateView from '@/components/StateView'
import { useResource } from '@/hooks/useResource'
import { formatDateTime, useT } from '@/i18n'
import { consultApi, previewOf } from '@/services/consult'
import { goTo } from '@/services/session'

/** The adviser's conversations, newest first, with unread counts and the last message. */
export default function Inbox() {
  const t = useT()
  const list = useResource('inbox', consultApi.list)
  useDidShow(() => list.reload())
  const items = list.data?.items ?? []
  return (
    <View className='card inbox'>
      <View className='title'>{t('workbench.inbox')}</View>
      <StateView resource={list} empty={items.length === 0} emptyText={t('workbench.inboxEmpty')} />
      {items.map((c) => (
        <View key={c.id} className='desk-row inbox-row' onClick={() => goTo('chat', { id: c.id })}>
          <View className='desk-row-head'>
            <Text>
              {c.resident.name} · {c.village.name}
            </Text>
            {c.unread > 0 && <Text className='inbox-unread'>{t('inbox.unread', { n: c.unread })}</Text>}
          </View>
          {c.lastMessage && (
            <View className='muted inbox-last'>
              {previewOf(c.lastMessage)} · {formatDateTime(Date.parse(c.lastMessage.at))}
            </View>
          )}
        </View>
      ))}
    </View>
  )
}
