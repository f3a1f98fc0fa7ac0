import { Text, View } from '@tarojs/components'
import Taro, { useDidHide, useRouter } from '@tarojs/taro'
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import type { Consultation, Message } from '@pocket/contract'
import { VIDEO_CONSULT_ITEM } from '@pocket/contract/constants'
import Page from '@/components/Page'
import StateView from '@/components/StateView'
import VideoJoin from '@/components/VideoJoin'
import VirtualList, { type VirtualRow } from '@/components/VirtualList'
import { useOnReturn } from '@/hooks/useOnReturn'
import { useResource } from '@/hooks/useResource'
import { useSocketStatus } from '@/hooks/useSocketStatus'
import { formatDateTime, useT } from '@/i18n'
import { askForReplyNotices } from '@/platform/subscribe'
import { messageOf } from '@/services/api-error'
import { calls } from '@/services/calls'
import { consultApi, outbox } from '@/services/consult'
import { goTo } from '@/services/session'
import { socket } from '@/services/socket'
import { useConsult, type Draft, type OutboxItem } from '@/stores/consult'
import { useSession } from '@/stores/session'
import Composer from './Composer'
import Content, { Card, Handover, Photo, Voice } from './Content'
import RateCard from './RateCard'
import { voicePlayer } from './voice-player'
import './index.scss'
import Tappable from '@/components/Tappable'

const PAGE_SIZE = 30
const NONE: Message[] = []

/** The resident's conversation (opened or made on first visit), or the one an adviser tapped in the inbox. */
async function loadConsultation(id: string | undefined): Promise<Consultation> {
  if (!id) return consultApi.open()
  const found = (await consultApi.list()).items.find((c) => c.id === id)
  if (!found) throw new Error('not found')
  return found
}

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

/** When the resident can expect an answer: the adviser is away, it is after hours, or by the deadline. */
function ReplyHint({ c }: { c: Consultation }) {
  const t = useT()
  const { awayUntil, workingNow, nextWorkingAt } = c.availability
  let hint = ''
  if (awayUntil) hint = t('chat.away', { name: c.adviser.name, time: formatDateTime(Date.parse(awayUntil)) })
  else if (!workingNow) hint = t('chat.offHours', { time: formatDateTime(Date.parse(nextWorkingAt)) })
  else if (c.deadline.dueAt) hint = t('chat.dueBy', { time: formatDateTime(Date.parse(c.deadline.dueAt)) })
  return hint ? <Text className='chat-hint'>{hint}</Text> : null
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

/**
 * 我的法律顾问 chat (and the adviser's side of it): history from the server, paged backwards;
 * what this device wrote and the server has not stored yet, from the outbox, marked 发送中 or with
 * the reason it was refused; read marks both ways.
 */
export default function Chat() {
  const t = useT()
  const id = useRouter().params.id
  const me = useSession((s) => s.me)
  const mySide = me?.role === 'resident' ? 'resident' : 'adviser'
  const consultation = useResource(`consultation:${id ?? 'mine'}`, () => loadConsultation(id))
  const [changed, setChanged] = useState<Consultation | null>(null)
  const c = changed?.id === consultation.data?.id ? changed : consultation.data
  const messages = useConsult((s) => (c ? (s.messages[c.id] ?? NONE) : NONE))
  const allPending = useConsult((s) => s.outbox)
  const pending = useMemo(() => allPending.filter((i) => i.consultationId === c?.id), [allPending, c?.id])
  const peerRead = useConsult((s) => (c ? Math.max(s.peerRead[c.id] ?? 0, c.peerReadSeq) : 0))
  const status = useSocketStatus()
  const askedToSubscribe = useRef(false)
  const [older, setOlder] = useState<'idle' | 'loading' | 'none'>('idle')

  // The newest page once the conversation is known; earlier pages when scrolled to the top.
  useEffect(() => {
    if (!c) return
    consultApi.messages(c.id, { beforeSeq: c.lastSeq + 1, limit: PAGE_SIZE }).then(
      (page) => {
        useConsult.getState().merge(c.id, page.items)
        if (!page.hasMore) setOlder('none')
      },
      () => undefined,
    )
  }, [c])
  const loadOlder = async () => {
    const first = messages[0]?.seq
    if (!c || !first || older !== 'idle') return
    setOlder('loading')
    const page = await consultApi.messages(c.id, { beforeSeq: first, limit: PAGE_SIZE }).catch(() => null)
    if (page) useConsult.getState().merge(c.id, page.items)
    setOlder(page && !page.hasMore ? 'none' : 'idle')
  }

  // What is on screen is read: tell the server (and through it the other side). My own messages
  // are read by me already (the data center marks them so when it stores them).
  const lastTheirs = [...messages].reverse().find((m) => m.sender.role !== mySide)?.seq ?? 0
  const [readSent, setReadSent] = useState(0)
  useEffect(() => {
    if (!c || lastTheirs <= Math.max(readSent, c.readSeq)) return
    setReadSent(lastTheirs)
    void consultApi.read(c.id, lastTheirs).catch(() => setReadSent(0))
  }, [c, lastTheirs, readSent])
  useOnReturn(consultation.reload)
  // Resolved, reopened, handed over: the conversation's own notes change its state too.
  const { reload } = consultation
  useEffect(
    () =>
      socket.on('message.new', (m) => {
        if (m.consultationId === c?.id && m.body.kind === 'system') {
          setChanged(null)
          reload()
        }
      }),
    [c?.id, reload],
  )
  const act = async (action: (id: string) => Promise<Consultation>) => {
    if (!c) return
    try {
      setChanged(await action(c.id))
    } catch (err) {
      void Taro.showToast({ title: messageOf(err), icon: 'none' })
    }
  }
  useDidHide(() => voicePlayer.stop())
  useEffect(() => () => voicePlayer.stop(), [])

  /** The message again, with fresh file links (they expire while a page stays open). */
  const refresh = async (seq: number) => {
    if (!c) return null
    const page = await consultApi.messages(c.id, { afterSeq: seq - 1, limit: 1 }).catch(() => null)
    const fresh = page?.items.find((m) => m.seq === seq)
    if (fresh) useConsult.getState().merge(c.id, [fresh])
    return fresh?.body ?? null
  }

  const stateOf = (m: Message) => (m.seq <= peerRead ? t('chat.read') : t('chat.delivered'))

  const stored = (m: Message) => {
    if (m.body.kind === 'system')
      return (
        <View className='chat-message chat-system muted'>
          {m.body.text} · {formatDateTime(Date.parse(m.at))}
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

  /** What the list shows, oldest first: only the rows near the screen are rendered. */
  const rows: VirtualRow[] = !c
    ? []
    : [
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
                    <RateCard c={c} onRated={setChanged} />
                  ) : (
                    <View className='muted chat-system'>{t('chat.resolved')}</View>
                  ),
              },
            ]
          : []),
      ]

  return (
    <Page className='chat' title='chat.title'>
      <StateView resource={consultation} />
      {c && (
        <>
          <View className='chat-head'>
            <View className='chat-head-main'>
              <Text className='title'>{mySide === 'resident' ? c.adviser.name : c.resident.name}</Text>
              <Text className='muted'>
                {c.village.name}
                {status === 'offline' ? ` · ${t('chat.offline')}` : ''}
              </Text>
              {mySide === 'resident' && <ReplyHint c={c} />}
            </View>
            <View className='chat-calls'>
              {(['voice', 'video'] as const).map((kind) => (
                <Tappable
                  inline
                  key={kind}
                  className={`chat-head-action chat-call-${kind}`}
                  onTap={() => calls.invite(c.id, kind, mySide === 'resident' ? c.adviser.name : c.resident.name)}
                >
                  {t(kind === 'voice' ? 'chat.callVoice' : 'chat.callVideo')}
                </Tappable>
              ))}
            </View>
            {mySide === 'adviser' &&
              (c.status === 'open' ? (
                <Tappable inline className='chat-head-action chat-resolve' onTap={() => void act(consultApi.resolve)}>
                  {t('chat.resolve')}
                </Tappable>
              ) : (
                <Tappable inline className='chat-head-action chat-reopen' onTap={() => void act(consultApi.reopen)}>
                  {t('chat.reopen')}
                </Tappable>
              ))}
          </View>
          {c.videoAppointment && (
            <VideoJoin
              consultationId={c.id}
              startsAt={c.videoAppointment.startsAt}
              endsAt={c.videoAppointment.endsAt}
              peerName={mySide === 'resident' ? c.adviser.name : c.resident.name}
            />
          )}
          <VirtualList
            className='chat-list'
            rows={rows}
            onReachTop={() => void loadOlder()}
            pinToEnd={pending.at(-1)?.clientId}
          />
          <Composer
            isAdviser={mySide === 'adviser'}
            onBookVideo={
              c.adviser.institutionId
                ? () => goTo('book', { item: VIDEO_CONSULT_ITEM, institution: c.adviser.institutionId ?? '' })
                : undefined
            }
            onSend={(draft) => {
              // Inside the tap, once a visit: WeChat asks for a subscription only in a tap, and
              // each acceptance covers one notice of the adviser's answer.
              if (mySide === 'resident' && !askedToSubscribe.current) {
                askedToSubscribe.current = true
                void askForReplyNotices()
              }
              void outbox.send(c.id, draft)
            }}
          />
        </>
      )}
    </Page>
  )
}
