import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'
import { VOICE_MAX_MS, VOICE_MIN_MS } from '@pocket/contract/constants'
import { useT } from '@/i18n'
import { startRecording, type Recording, type VoiceClip } from '@/platform/voice-recorder'

/** Moving the finger this far up while holding cancels the note, as in WeChat. */
const CANCEL_DISTANCE = 80

type TouchLike = { touches?: ArrayLike<{ clientY: number }>; changedTouches?: ArrayLike<{ clientY: number }> }
const yOf = (e: TouchLike) => (e.touches?.[0] ?? e.changedTouches?.[0])?.clientY ?? 0

/**
 * 按住说话: hold to record (up to 60 s, with a countdown for the last ten), let go to send,
 * slide up to cancel. A note shorter than half a second is a slip and is dropped with a hint.
 */
export default function HoldToTalk({ onClip }: { onClip(clip: VoiceClip): void }) {
  const t = useT()
  const [state, setState] = useState<'idle' | 'starting' | 'recording'>('idle')
  const [cancelling, setCancelling] = useState(false)
  const [elapsed, setElapsed] = useState(0)
  const recording = useRef<Recording | null>(null)
  const released = useRef(false)
  const startY = useRef(0)
  const cancelRef = useRef(false)
  const ticker = useRef<ReturnType<typeof setInterval>>()

  const reset = () => {
    clearInterval(ticker.current)
    recording.current = null
    setState('idle')
    setCancelling(false)
    setElapsed(0)
  }

  const finish = async () => {
    const r = recording.current
    if (!r) return
    if (cancelRef.current) {
      r.cancel()
      return reset()
    }
    reset()
    try {
      const clip = await r.stop()
      if (clip.durationMs < VOICE_MIN_MS) {
        void Taro.showToast({ title: t('chat.voice.tooShort'), icon: 'none' })
        return
      }
      onClip({ ...clip, durationMs: Math.min(clip.durationMs, VOICE_MAX_MS) })
    } catch {
      void Taro.showToast({ title: t('chat.voice.failed'), icon: 'none' })
    }
  }

  const begin = async (e: TouchLike) => {
    if (state !== 'idle') return
    startY.current = yOf(e)
    released.current = false
    cancelRef.current = false
    setState('starting')
    try {
      const r = await startRecording(VOICE_MAX_MS)
      recording.current = r
      if (released.current) return void finish()
      const started = Date.now()
      setState('recording')
      ticker.current = setInterval(() => {
        const ms = Date.now() - started
        setElapsed(ms)
        if (ms >= VOICE_MAX_MS) void finish()
      }, 250)
    } catch {
      reset()
      void Taro.showModal({ title: t('chat.voice.noMic'), content: t('chat.voice.noMicHint'), showCancel: false })
    }
  }

  const move = (e: TouchLike) => {
    const cancel = startY.current - yOf(e) > CANCEL_DISTANCE
    cancelRef.current = cancel
    setCancelling(cancel)
  }

  const end = () => {
    released.current = true
    if (recording.current) void finish()
  }

  useEffect(() => () => recording.current?.cancel(), [])

  const left = Math.ceil((VOICE_MAX_MS - elapsed) / 1000)
  return (
    <>
      <View
        className={`chat-hold ${state !== 'idle' ? 'chat-hold-active' : ''}`}
        onTouchStart={(e) => void begin(e as unknown as TouchLike)}
        onTouchMove={(e) => move(e as unknown as TouchLike)}
        onTouchEnd={end}
        onTouchCancel={end}
      >
        {state === 'idle' ? t('chat.voice.hold') : t('chat.voice.release')}
      </View>
      {state === 'recording' && (
        <View className={`chat-recording ${cancelling ? 'chat-recording-cancel' : ''}`}>
          <Text className='chat-recording-time'>{`${Math.floor(elapsed / 1000)}″`}</Text>
          <Text>
            {cancelling
              ? t('chat.voice.releaseToCancel')
              : left <= 10
                ? t('chat.voice.left', { s: left })
                : t('chat.voice.slideUp')}
          </Text>
        </View>
      )}
    </>
  )
}
