import { Text, View } from '@tarojs/components'
import type { RequestSummary } from '@pocket/contract'
import StateView from '@/components/StateView'
import { useResource } from '@/hooks/useResource'
import { formatDateTime, useT, type MessageKey } from '@/i18n'
import { requestsApi, requestTitle } from '@/services/requests'
import Tappable from '@/components/Tappable'

/** 我的办件, to pick one to show the adviser as a card. */
export default function RequestPicker({ onPick, onClose }: { onPick(r: RequestSummary): void; onClose(): void }) {
  const t = useT()
  const list = useResource('my-requests', requestsApi.mine, { persist: true })
  const items = list.data?.items ?? []
  return (
    <View className='chat-sheet'>
      <View className='chat-sheet-head'>
        <Text className='title'>{t('chat.card.pick')}</Text>
        <Tappable inline className='chat-sheet-close' onTap={onClose}>
          {t('common.cancel')}
        </Tappable>
      </View>
      <StateView resource={list} empty={items.length === 0} emptyText={t('requests.empty')} />
      {items.map((r) => (
        <Tappable key={r.number} className='chat-sheet-row' onTap={() => onPick(r)}>
          <Text>{requestTitle(r)}</Text>
          <Text className='muted'>
            {t(`requests.kind.${r.kind}` as MessageKey)} · {formatDateTime(Date.parse(r.createdAt))}
          </Text>
        </Tappable>
      ))}
    </View>
  )
}
