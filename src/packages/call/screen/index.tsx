import { Text, View } from '@tarojs/components'
import Taro, { useUnload } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import Page from '@/components/Page'
import { formatDuration, useT } from '@/i18n'
import { CallVideo, mediaCapabilities } from '@/platform/call-media'
import { calls } from '@/services/calls'
import { useCall, type CallScreen } from '@/stores/call'
import './index.scss'
import Tappable from '@/components/Tappable'

/** How long the ended call's line stays before the screen goes back to where the person was. */
const LINGER_MS = 2_500

/** Seconds since the media connected, ticking once a second while it talks. */
function useTalkSeconds(connectedAt: number | null): number {
  const [now, setNow] = useState(Date.now())
  useEffect(() => {
    if (!connectedAt) return
    const timer = setInterval(() => setNow(Date.now()), 1_000)
    return () => clearInterval(timer)
  }, [connectedAt])
  return connectedAt ? Math.max(0, Math.floor((now - connectedAt) / 1_000)) : 0
}

function Control({ label, on, onTap, name }: { label: string; on?: boolean; onTap: () => void; name: string }) {
  return (
    <Tappable className={`call-control call-${name} ${on ? 'call-control-on' : ''}`} onTap={onTap}>
      <Text>{label}</Text>
    </Tappable>
  )
}

/** What the line under the name says: ringing, connecting, the timer, or how it ended. */
function Status({ s }: { s: CallScreen }) {
  const t = useT()
  const seconds = useTalkSeconds(s.phase === 'connected' || s.phase === 'reconnecting' ? s.connectedAt : null)
  const line = {
    calling: t('call.calling'),
    incoming: t(s.kind === 'video' ? 'call.incoming.video' : 'call.incoming.voice'),
    connecting: t('call.connecting'),
    connected: formatDuration(seconds),
    reconnecting: t('call.reconnecting'),
    ended: s.notice ?? t('call.ended.local'),
  }[s.phase]
  return (
    <View className='call-status'>
      <Text className={`call-status-line call-phase-${s.phase}`}>{line}</Text>
      {s.quality && (s.phase === 'connected' || s.phase === 'reconnecting') && (
        <Text className={`call-quality call-quality-${s.quality}`}>{t(`call.quality.${s.quality}`)}</Text>
      )}
    </View>
  )
}

/** The controls of a call under way. */
function Controls({ s }: { s: CallScreen }) {
  const t = useT()
  const video = !s.voiceOnly
  const flip = async () => {
    if (!(await calls.switchCamera())) void Taro.showToast({ title: t('call.cameraSwitchFailed'), icon: 'none' })
  }
  return (
    <View className='call-controls'>
      <Control
        name='mute'
        label={s.muted ? t('call.unmute') : t('call.mute')}
        on={s.muted}
        onTap={() => calls.setMuted(!s.muted)}
      />
      {video && (
        <Control
          name='camera'
          label={s.cameraOff ? t('call.cameraOn') : t('call.cameraOff')}
          on={s.cameraOff}
          onTap={() => calls.setCamera(s.cameraOff)}
        />
      )}
      {video && <Control name='flip' label={t('call.switchCamera')} onTap={() => void flip()} />}
      {mediaCapabilities.speakerChoice && (
        <Control
          name='speaker'
          label={s.speaker ? t('call.speakerOn') : t('call.speakerOff')}
          on={s.speaker}
          onTap={() => calls.setSpeaker(!s.speaker)}
        />
      )}
      {video && <Control name='to-voice' label={t('call.toVoice')} onTap={() => calls.toVoice()} />}
    </View>
  )
}

/**
 * The call screen: rings for an incoming call (接听 / 拒绝), shows an outgoing one ringing (取消),
 * and once answered the picture, the timer, the network and the controls; when it ends it says
 * how, then goes back.
 */
export default function CallPage() {
  const t = useT()
  const s = useCall((state) => state.screen)
  const version = useCall((state) => state.mediaVersion)
  const ended = s?.phase === 'ended'
  useEffect(() => {
    if (!ended) return
    const timer = setTimeout(() => void Taro.navigateBack().catch(() => undefined), LINGER_MS)
    return () => clearTimeout(timer)
  }, [ended])
  useUnload(() => calls.dismiss())
  // What the call service says in passing (the server stumbled once; the call goes on).
  const hint = useCall((state) => state.hint)
  useEffect(() => {
    if (hint) void Taro.showToast({ title: hint.text, icon: 'none' })
  }, [hint])

  if (!s)
    return (
      <Page className='call' title='call.title'>
        <View className='call-empty muted'>{t('call.none')}</View>
      </Page>
    )
  const talking = s.phase === 'connecting' || s.phase === 'connected' || s.phase === 'reconnecting'
  return (
    <Page className={`call call-mode-${s.voiceOnly ? 'voice' : 'video'}`} title='call.title'>
      {talking && <CallVideo media={calls.currentMedia} voiceOnly={s.voiceOnly} version={version} />}
      <View className='call-head'>
        <Text className='call-peer'>{s.peerName}</Text>
        <Text className='call-kind muted'>{t(s.kind === 'video' ? 'call.kind.video' : 'call.kind.voice')}</Text>
        <Status s={s} />
      </View>
      <View className='call-foot'>
        {talking && <Controls s={s} />}
        <View className='call-actions'>
          {s.phase === 'incoming' && (
            <>
              <Tappable className='call-action call-reject' onTap={() => calls.hangUp()}>
                <Text>{t('call.reject')}</Text>
              </Tappable>
              <Tappable className='call-action call-accept' onTap={() => calls.accept()}>
                <Text>{t('call.accept')}</Text>
              </Tappable>
            </>
          )}
          {s.phase === 'calling' && (
            <Tappable className='call-action call-hangup' onTap={() => calls.hangUp()}>
              <Text>{t('call.cancel')}</Text>
            </Tappable>
          )}
          {talking && (
            <Tappable className='call-action call-hangup' onTap={() => calls.hangUp()}>
              <Text>{t('call.hangUp')}</Text>
            </Tappable>
          )}
          {ended && (
            <Tappable className='call-action call-back' onTap={() => void Taro.navigateBack().catch(() => undefined)}>
              <Text>{t('call.back')}</Text>
            </Tappable>
          )}
        </View>
      </View>
    </Page>
  )
}
