import { groupedNumber } from '@pocket/contract/request-number'
import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import Button from '@/components/Button'
import Page from '@/components/Page'
import Sensitive, { lockable } from '@/components/Sensitive'
import StateView from '@/components/StateView'
import InfoRow from '@/components/InfoRow'
import Timeline from '@/components/Timeline'
import VideoJoin from '@/components/VideoJoin'
import { useOnReturn } from '@/hooks/useOnReturn'
import { useResource } from '@/hooks/useResource'
import { formatDay, useT } from '@/i18n'
import { useSubmit } from '@/hooks/useSubmit'
import { bookingApi } from '@/services/booking'
import { complainAbout } from '@/services/complaints'
import { goTo } from '@/services/session'
import QrCode from './QrCode'
import RatingForm from '@/components/RatingForm'
import './index.scss'

/** A booking: its unified number as text and QR code, where and when, its progress, cancel and reschedule. */
function AppointmentDetail() {
  const t = useT()
  const number = useRouter().params.number ?? ''
  const appointment = useResource(`appointment:${number}`, () => bookingApi.get(number), { persist: true })
  const { run, busy, error } = useSubmit()
  useOnReturn(appointment.reload)
  const a = appointment.data

  const cancel = async () => {
    // The buttons say what they do: "取消 / 确定" for 取消预约 reads both ways.
    const { confirm } = await Taro.showModal({
      title: t('appointment.cancel'),
      content: t('appointment.cancelConfirm'),
      cancelText: t('appointment.cancelKeep'),
      confirmText: t('appointment.cancelDo'),
    })
    if (!confirm) return
    await run(async () => {
      await bookingApi.cancel(number)
      void Taro.showToast({ title: t('appointment.cancelled'), icon: 'none' })
      appointment.reload()
    })
  }

  return (
    <Page className='appointment' title='appointment.title'>
      <Sensitive>
        <StateView resource={appointment} />
        {a && (
          <>
            <View className='card appointment-head'>
              <View className='title'>{a.item.name}</View>
              <Text className={`appointment-status appointment-status-${a.status}`}>{t(`status.${a.status}`)}</Text>
            </View>
            <View className='card appointment-code'>
              <View className='muted'>{t('appointment.number')}</View>
              <Text className='appointment-number' userSelect>
                {groupedNumber(a.number)}
              </Text>
              {a.status === 'booked' && !a.video && (
                <>
                  <QrCode
                    text={a.number}
                    alt={t('appointment.qrAlt', { number: groupedNumber(a.number) })}
                    className='appointment-qr'
                  />
                  <View className='muted'>{t('appointment.qrHint')}</View>
                </>
              )}
            </View>
            {a.video && (a.status === 'booked' || a.status === 'checked_in') && (
              <View className='card appointment-video'>
                <VideoJoin
                  consultationId={a.video.consultationId}
                  startsAt={a.startsAt}
                  endsAt={a.video.endsAt}
                  peerName={a.video.adviserName}
                />
              </View>
            )}
            <View className='card'>
              <InfoRow label={t('appointment.when')}>
                <Text className='appointment-when'>
                  {formatDay(a.date)} {a.start}-{a.end}
                </Text>
              </InfoRow>
              <InfoRow label={t('appointment.where')}>
                {a.video ? (
                  <Text>
                    {t('video.with', { name: a.video.adviserName })}
                    {'\n'}
                    {a.institution.name}
                  </Text>
                ) : (
                  <Text>
                    {a.institution.name}
                    {'\n'}
                    {a.institution.address} · {a.institution.phone}
                  </Text>
                )}
              </InfoRow>
              <InfoRow label={t('appointment.topic')}>
                <Text>{a.topic}</Text>
              </InfoRow>
              <InfoRow label={t('appointment.phone')}>
                <Text>{a.contactPhone}</Text>
              </InfoRow>
            </View>
            <View className='card'>
              <View className='title'>{t('appointment.progress')}</View>
              <Timeline steps={a.timeline} />
            </View>
            {a.status === 'completed' && (
              <RatingForm
                number={a.number}
                rating={a.rating}
                onRated={() => {
                  void Taro.showToast({ title: t('rating.thanks'), icon: 'success' })
                  appointment.reload()
                }}
              />
            )}
            {error && (
              <View className='error-text' role='alert'>
                {error}
              </View>
            )}
            {a.canChange && (
              <View className='appointment-actions'>
                <Button
                  variant='plain'
                  className='appointment-reschedule'
                  onClick={() => goTo('book', { reschedule: number })}
                >
                  {t('appointment.reschedule')}
                </Button>
                <Button variant='plain' className='appointment-cancel' busy={busy} onClick={() => void cancel()}>
                  {t('appointment.cancel')}
                </Button>
              </View>
            )}
            {/* An ended booking says what to do next: book the same service again. */}
            {(a.status === 'cancelled' || a.status === 'no_show') && (
              <Button className='appointment-again' onClick={() => goTo('book', { item: a.item.code })}>
                {t('appointment.again')}
              </Button>
            )}
            <Button variant='plain' className='request-complain' onClick={() => complainAbout('request', a.number)}>
              {t('requests.complain')}
            </Button>
          </>
        )}
      </Sensitive>
    </Page>
  )
}

export default lockable(AppointmentDetail)
