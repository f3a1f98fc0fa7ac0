import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { HANDOVER_NOTE_MAX } from '@pocket/contract/constants'
import Button from '@/components/Button'
import StateView from '@/components/StateView'
import { useResource } from '@/hooks/useResource'
import { useT } from '@/i18n'
import { directoryApi } from '@/services/directory'
import type { Draft } from '@/stores/consult'
import Tappable from '@/components/Tappable'
import TextBox from '@/components/TextBox'

/**
 * 转办: the adviser suggests a booking (picks the service) or a legal aid application, with a note
 * that prefills what the resident fills in next.
 */
export default function HandoverSheet({
  target,
  onSend,
  onClose,
}: {
  target: 'booking' | 'legal_aid'
  onSend(d: Draft): void
  onClose(): void
}) {
  const t = useT()
  const catalog = useResource(target === 'booking' ? 'catalog' : null, directoryApi.catalog)
  const [item, setItem] = useState<{ code: string; name: string } | null>(null)
  const [note, setNote] = useState('')
  const ready = target === 'legal_aid' || item !== null
  return (
    <View className='chat-sheet chat-handover-sheet'>
      <View className='chat-sheet-head'>
        <Text className='title'>{t(target === 'booking' ? 'chat.handover.booking' : 'chat.handover.legalAid')}</Text>
        <Tappable inline className='chat-sheet-close' onTap={onClose}>
          {t('common.cancel')}
        </Tappable>
      </View>
      {target === 'booking' && (
        <>
          <View className='muted'>{t('chat.handover.pickItem')}</View>
          <StateView resource={catalog} />
          <View className='inbox-filters'>
            {(catalog.data?.items ?? []).map((i) => (
              <Tappable
                inline
                key={i.code}
                className={`inbox-filter ${item?.code === i.code ? 'inbox-filter-on' : ''}`}
                onTap={() => setItem({ code: i.code, name: i.name })}
              >
                {i.name}
              </Tappable>
            ))}
          </View>
        </>
      )}
      <TextBox
        className='chat-handover-note'
        value={note}
        maxlength={HANDOVER_NOTE_MAX}
        placeholder={t('chat.handover.note')}
        onChange={setNote}
      />
      <Button
        className='chat-handover-send'
        disabled={!ready}
        onClick={() =>
          onSend({ kind: 'handover', target, itemCode: item?.code, itemName: item?.name, note: note.trim() })
        }
      >
        {t('chat.handover.send')}
      </Button>
    </View>
  )
}
