import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { AdviserFigures as Figures } from '@pocket/contract'
import Button from '@/components/Button'
import StateView from '@/components/StateView'
import { useResource } from '@/hooks/useResource'
import { formatDateTime, useT } from '@/i18n'
import { messageOf } from '@/services/api-error'
import { consultApi } from '@/services/consult'

const LEAVE_DAYS = [1, 3, 7]

/** The adviser's own figures, and leave: while away, the backup adviser answers their villages. */
export default function AdviserFigures() {
  const t = useT()
  const figures = useResource('adviser-figures', consultApi.figures)
  const [saved, setSaved] = useState<Figures | null>(null)
  const [busy, setBusy] = useState(false)
  const f = saved ?? figures.data

  const setAway = async (days: number | null) => {
    setBusy(true)
    try {
      const until = days === null ? null : new Date(Date.now() + days * 24 * 3600_000).toISOString()
      setSaved(await consultApi.setAway(until))
    } catch (err) {
      void Taro.showToast({ title: messageOf(err), icon: 'none' })
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='card figures'>
      <View className='title'>{t('figures.title')}</View>
      <StateView resource={figures} />
      {f && (
        <>
          <View className='figures-grid'>
            <View className='figures-cell'>
              <Text className='figures-value'>{f.answeredThisWeek}</Text>
              <Text className='muted'>{t('figures.answered')}</Text>
            </View>
            <View className='figures-cell'>
              <Text className='figures-value'>
                {f.medianFirstReplyMinutes === null
                  ? t('figures.none')
                  : t('time.minutes', { n: f.medianFirstReplyMinutes })}
              </Text>
              <Text className='muted'>{t('figures.median')}</Text>
            </View>
            <View className='figures-cell'>
              <Text className={`figures-value ${f.overdueNow > 0 ? 'figures-bad' : ''}`}>{f.overdueNow}</Text>
              <Text className='muted'>{t('figures.overdue')}</Text>
            </View>
            <View className='figures-cell'>
              <Text className='figures-value'>
                {f.rating.average === null
                  ? t('figures.none')
                  : t('figures.ratingValue', { avg: f.rating.average, n: f.rating.count })}
              </Text>
              <Text className='muted'>{t('figures.rating')}</Text>
            </View>
          </View>
          {f.awayUntil ? (
            <View className='figures-away'>
              <Text>{t('away.until', { time: formatDateTime(Date.parse(f.awayUntil)) })}</Text>
              <Button className='figures-away-end' disabled={busy} onClick={() => void setAway(null)}>
                {t('away.end')}
              </Button>
            </View>
          ) : (
            <View className='figures-away'>
              <Text className='muted'>{t('away.set')}</Text>
              <View className='figures-away-days'>
                {LEAVE_DAYS.map((d) => (
                  <Text key={d} className='inbox-filter' onClick={() => !busy && void setAway(d)}>
                    {t('away.days', { n: d })}
                  </Text>
                ))}
              </View>
            </View>
          )}
        </>
      )}
    </View>
  )
}
