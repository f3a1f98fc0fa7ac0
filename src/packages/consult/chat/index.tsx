import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'
import type { Consultation } from '@pocket/contract'
import { VIDEO_CONSULT_ITEM } from '@pocket/contract/constants'
import Page from '@/components/Page'
import Sensitive, { lockable } from '@/components/Sensitive'
import StateView from '@/components/StateView'
import Tappable from '@/components/Tappable'
import VideoJoin from '@/components/VideoJoin'
import { useSocketStatus } from '@/hooks/useSocketStatus'
import { formatDateTime, useT } from '@/i18n'
import { askForReplyNotices } from '@/platform/subscribe'
import { calls } from '@/services/calls'
import { consultApi, outbox } from '@/services/consult'
import { goTo } from '@/services/session'
import { useConsult } from '@/stores/consult'
import { useSession } from '@/stores/session'
import Composer from './Composer'
import MessageList from './MessageList'
import { useConversation } from './useConversation'
import './index.scss'

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

/**
 * 我的法律顾问 chat (and the adviser's side of it): who it is with and how to reach them, the
 * conversation, and the composer. What the conversation holds comes from `useConversation`.
 */
function Chat() {
  const t = useT()
  const id = useRouter().params.id
  const me = useSession((s) => s.me)
  const mySide = me?.role === 'resident' ? 'resident' : 'adviser'
  const { consultation, c, messages, pending, peerRead, older, loadOlder, act, refresh, rated } = useConversation(
    id,
    mySide,
  )
  const status = useSocketStatus()
  const askedToSubscribe = useRef(false)
  // A question carried from 智能咨询 waits in the composer once; the store lets it go as it is shown.
  const [carried] = useState(() => (mySide === 'resident' ? useConsult.getState().carried : ''))
  useEffect(() => {
    if (carried) useConsult.getState().carry('')
  }, [carried])

  return (
    <Page className='chat' title='chat.title'>
      <Sensitive>
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
            <MessageList
              c={c}
              mySide={mySide}
              messages={messages}
              pending={pending}
              peerRead={peerRead}
              older={older}
              onReachTop={() => void loadOlder()}
              refresh={refresh}
              onRated={rated}
            />
            <Composer
              isAdviser={mySide === 'adviser'}
              initialText={carried}
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
      </Sensitive>
    </Page>
  )
}

export default lockable(Chat)
