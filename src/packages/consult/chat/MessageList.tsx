import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import type { Consultation, Message } from '@pocket/contract'
import Tappable from '@/components/Tappable'
import VirtualList, { type VirtualRow } from '@/components/VirtualList'
import { formatDateTime, said, useT } from '@/i18n'
import { outbox } from '@/services/consult'
import type { Draft, OutboxItem } from '@/stores/consult'
import Content, { Card, Handover, Photo, Voice } from './Content'
import RateCard from './RateCard'
import type { Older, Side } from './useConversation'

function Bubble({ mine, bare, children, meta }: { mine: boolean; bare?: boolean; children: ReactNode; meta: string }) {
  return (
    <View className={`chat-row ${mine ? 'chat-row-mine' : ''}`}>
      <View className={`chat-bubble ${mine ? 'chat-bubble-mine' : ''} ${bare ? 'chat-bubble-bare' : ''}`}>
        {children}
      </View>
      <Text className='muted chat-meta'>{meta}</Text>
    </View>
  )
}

/** A waiting message as it will look, from what is on this device. */
function DraftContent({ draft, id }: { draft: Draft; id: string }) {
  switch (draft.kind) {
    case 'text':
      return <Text userSelect>{draft.text}</Text>
    case 'image':
      return <Photo src={draft.path} width={draft.width} height={draft.height} />
    case 'voice':
      return <Voice id={id} src={draft.path} durationMs={draft.durationMs} />
    case 'card':
      return (
        <Card card={{ number: draft.requestNumber, kind: 'appointment', title: draft.title }} mine tappable={false} />
      )
    case 'handover':
      return (
        <Handover
          body={{
            kind: 'handover',
            target: draft.target,
            item: draft.itemCode ? { code: draft.itemCode, name: draft.itemName ?? '' } : null,
            note: draft.note,
          }}
          adviser=''
          actionable={false}
        />
      )
  }
}

/** A row's height before it is measured: enough that a page scrolled back lands near where it should. */
function estimateOf(kind: string): number {
  if (kind === 'image') return 220
  if (kind === 'card' || kind === 'handover') return 130
  if (kind === 'system') return 48
  return 84
}

/** Photos and cards sit on the page, not inside a coloured bubble. */
const bare = (kind: string) => kind === 'image' || kind === 'card' || kind === 'handover'

interface Props {
  c: Consultation
  mySide: Side
  messages: Message[]
  pending: OutboxItem[]
  peerRead: number
  older: Older
  onReachTop(): void
  refresh(seq: number): Promise<Message['body'] | null>
  onRated(c: Consultation): void
}

/**
 * The conversation, oldest first: stored messages with their read marks, then what this device
 * has yet to send (发送中, its upload, or why it was refused), then the rating once it is resolved.
 * Only the rows near the screen are rendered.
 */
export default function MessageList({
  c,
  mySide,
  messages,
  pending,
  peerRead,
  older,
  onReachTop,
  refresh,
  onRated,
}: Props) {
  const t = useT()
  const stateOf = (m: Message) => (m.seq <= peerRead ? t('chat.read') : t('chat.delivered'))

  const stored = (m: Message) => {
    if (m.body.kind === 'system')
      return (
        <View className='chat-message chat-system muted'>
          {said(m.body.notice, m.body.text)} · {formatDateTime(Date.parse(m.at))}
        </View>
      )
    const mine = m.sender.role === mySide
    const when = formatDateTime(Date.parse(m.at))
    return (
      <View className={`chat-message chat-kind-${m.body.kind}`}>
        <Bubble
          mine={mine}
          bare={bare(m.body.kind)}
          meta={mine ? `${when} · ${stateOf(m)}` : `${m.sender.name} · ${when}`}
        >
          <Content
            body={m.body}
            seq={m.seq}
            mine={mine}
            isResident={mySide === 'resident'}
            sender={m.sender.name}
            refresh={() => refresh(m.seq)}
          />
        </Bubble>
      </View>
    )
  }

  const waiting = (p: OutboxItem) => (
    <View className={`chat-message chat-pending chat-kind-${p.draft.kind}`}>
      <Bubble
        mine
        bare={bare(p.draft.kind)}
        meta={p.failed ?? (p.progress !== undefined ? t('chat.uploading', { p: p.progress }) : t('chat.sending'))}
      >
        <DraftContent draft={p.draft} id={`p-${p.clientId}`} />
      </Bubble>
      {p.failed && (
        <Tappable inline className='chat-retry' onTap={() => outbox.retry(p.clientId)}>
          {t('chat.retry')}
        </Tappable>
      )}
    </View>
  )

  const rows: VirtualRow[] = [
    ...(older === 'loading'
      ? [
          {
            // Named by the message it loads before: once the page is in, this line is gone, and the
            // list keeps in place the message that was below it (a next page gets its own line).
            key: `older-${messages[0]?.seq ?? 0}`,
            estimate: 40,
            render: () => <View className='muted chat-older'>{t('chat.loadingOlder')}</View>,
          },
        ]
      : []),
    ...(messages.length === 0 && pending.length === 0
      ? [
          {
            key: 'empty',
            estimate: 60,
            render: () => <View className='muted chat-empty'>{t('chat.empty', { name: c.adviser.name })}</View>,
          },
        ]
      : []),
    ...messages.map((m) => ({ key: `m-${m.seq}`, estimate: estimateOf(m.body.kind), render: () => stored(m) })),
    ...pending.map((p) => ({
      key: `p-${p.clientId}`,
      estimate: estimateOf(p.draft.kind),
      render: () => waiting(p),
    })),
    ...(c.status === 'resolved'
      ? [
          {
            key: 'resolved',
            estimate: 160,
            render: () =>
              mySide === 'resident' ? (
                <RateCard c={c} onRated={onRated} />
              ) : (
                <View className='muted chat-system'>{t('chat.resolved')}</View>
              ),
          },
        ]
      : []),
  ]

  return <VirtualList className='chat-list' rows={rows} onReachTop={onReachTop} pinToEnd={pending.at(-1)?.clientId} />
}
