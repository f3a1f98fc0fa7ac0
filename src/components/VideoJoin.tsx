import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { VIDEO_JOIN_EARLY_MINUTES } from '@pocket/contract/constants'
import { localTimeOf } from '@pocket/contract/time'
import Button from '@/components/Button'
import { formatDateTime, useT } from '@/i18n'
import { calls } from '@/services/calls'
import './VideoJoin.scss'

interface Props {
  consultationId: string
  startsAt: string
  endsAt: string
  /** Who is on the other side: the call screen shows the name. */
  peerName: string
}

/**
 * A booked 视频咨询: when it is, and — from a few minutes before its start until its end — the
 * button that joins its call. Whoever joins first rings the other; the second to join answers.
 */
export default function VideoJoin({ consultationId, startsAt, endsAt, peerName }: Props) {
  const t = useT()
  const [now, setNow] = useState(Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 15_000)
    return () => clearInterval(timer)
  }, [])
  const opensAt = Date.parse(startsAt) - VIDEO_JOIN_EARLY_MINUTES * 60_000
  const open = now >= opensAt && now < Date.parse(endsAt)
  return (
    <View className='video-join'>
      <View className='video-join-when'>
        <Text className='video-join-title'>{t('video.booked')}</Text>
        <Text className='muted'>
          {formatDateTime(Date.parse(startsAt), now)}–{localTimeOf(endsAt)}
        </Text>
      </View>
      {open ? (
        <Button className='video-join-button' onClick={() => calls.invite(consultationId, 'video', peerName)}>
          {t('video.join')}
        </Button>
      ) : (
        <Text className='muted video-join-hint'>{t('video.opensBefore', { n: VIDEO_JOIN_EARLY_MINUTES })}</Text>
      )}
    </View>
  )
}
