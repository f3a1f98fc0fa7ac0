import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { MessageContent, RequestCard } from '@pocket/contract'
import { said, useT, type MessageKey } from '@/i18n'
import { openRequest, requestTitle } from '@/services/requests'
import { goTo } from '@/services/session'
import { described } from '@/components/a11y'
import { fileUrl } from '@/services/uploads'
import { usePlaying, voicePlayer } from './voice-player'
import Tappable from '@/components/Tappable'

/** A photo fits a bubble: at most 200 px wide or 240 px tall, in its own proportions. */
function photoSize(width: number, height: number): { width: string; height: string } {
  const scale = Math.min(200 / width, 240 / height, 1)
  return { width: `${Math.round(width * scale)}px`, height: `${Math.round(height * scale)}px` }
}

export function Photo({ src, width, height }: { src: string; width: number; height: number }) {
  const t = useT()
  return (
    <Image
      className='chat-photo'
      src={src}
      style={photoSize(width, height)}
      mode='aspectFill'
      lazyLoad
      {...described(t('chat.photo'))}
      onClick={() => void Taro.previewImage({ urls: [src], current: src })}
    />
  )
}

/** A voice note: tap to play or stop; wider for longer notes, as people expect from WeChat. */
export function Voice({
  id,
  src,
  durationMs,
  refresh,
}: {
  id: string
  src: string
  durationMs: number
  refresh?: () => Promise<string | null>
}) {
  const t = useT()
  const playing = usePlaying(id)
  const seconds = Math.max(1, Math.round(durationMs / 1000))
  return (
    <Tappable
      className={`chat-voice ${playing ? 'chat-voice-playing' : ''}`}
      style={{ minWidth: `${Math.min(220, 90 + seconds * 2)}px` }}
      label={t('chat.voice.label', { s: seconds })}
      onTap={() => voicePlayer.toggle(id, src, async () => (refresh ? refresh() : null))}
    >
      <Text className='chat-voice-icon'>{playing ? '◼' : '▶'}</Text>
      <Text className='chat-voice-length'>{`${seconds}″`}</Text>
    </Tappable>
  )
}

export function Card({ card, mine, tappable }: { card: RequestCard; mine: boolean; tappable: boolean }) {
  const t = useT()
  const kind = t(`requests.kind.${card.kind}` as MessageKey)
  return (
    <Tappable
      className={`chat-card ${mine ? 'chat-card-mine' : ''}`}
      onTap={tappable ? () => openRequest(card) : undefined}
    >
      {card.title && kind !== card.title && <Text className='muted chat-card-kind'>{kind}</Text>}
      <Text className='chat-card-title'>{requestTitle(card)}</Text>
      <Text className='muted chat-card-number'>{t('chat.card.number', { number: card.number })}</Text>
    </Tappable>
  )
}

/** 转办: the adviser's suggestion, with the one tap that starts it (for the resident). */
export function Handover({
  body,
  adviser,
  actionable,
}: {
  body: Extract<MessageContent, { kind: 'handover' }>
  adviser: string
  actionable: boolean
}) {
  const t = useT()
  const booking = body.target === 'booking'
  const go = () =>
    booking && body.item
      ? goTo('serviceItem', { code: body.item.code })
      : goTo('applyLegalAid', body.note ? { summary: body.note } : {})
  return (
    <View className='chat-card chat-handover'>
      <Text className='chat-card-title'>
        {booking
          ? t('chat.handover.suggestBooking', { name: adviser, item: body.item?.name ?? '' })
          : t('chat.handover.suggestAid', { name: adviser })}
      </Text>
      {body.note && <Text className='muted'>{body.note}</Text>}
      {actionable && (
        <Tappable inline className='chat-handover-go' onTap={go}>
          {t(booking ? 'chat.handover.goBook' : 'chat.handover.goApply')}
        </Tappable>
      )}
    </View>
  )
}

/**
 * What a stored message shows. `refresh` answers the message again with a fresh link (a voice
 * note's link expires while the page stays open).
 */
export default function Content({
  body,
  seq,
  mine,
  isResident,
  sender,
  refresh,
}: {
  body: MessageContent
  seq: number
  mine: boolean
  isResident: boolean
  sender: string
  refresh: () => Promise<MessageContent | null>
}) {
  switch (body.kind) {
    case 'text':
      return <Text userSelect>{body.text}</Text>
    case 'image':
      return <Photo src={fileUrl(body)} width={body.width} height={body.height} />
    case 'voice':
      return (
        <Voice
          id={`m-${seq}`}
          src={fileUrl(body)}
          durationMs={body.durationMs}
          refresh={async () => {
            const fresh = await refresh()
            return fresh?.kind === 'voice' ? fileUrl(fresh) : null
          }}
        />
      )
    case 'card':
      return <Card card={body.card} mine={mine} tappable={isResident} />
    case 'handover':
      return <Handover body={body} adviser={sender} actionable={isResident} />
    case 'system':
      return <Text>{said(body.notice, body.text)}</Text>
  }
}
