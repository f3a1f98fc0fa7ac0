import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { AdviserFigures as Figures } from '@pocket/contract'
import Button from '@/components/Button'
import StateView from '@/components/StateView'
import { useResource } from '@/hooks/useResource'
import { formatDateTime, useT } from '@/i18n'
import { useSubmit } from '@/hooks/useSubmit'
import { consultApi } from '@/services/consult'

const LEAVE_DAYS = [1, 3, 7]

/** The adviser's own figures, and leave: while away, the backup adviser answers their villages. */
export default function AdviserFigures() {
  const t = useT()
  const figures = useResource('adviser-figures', consultApi.figures)
  const [saved, setSaved] = useState<Figures | null>(null)
  // The leave buttons have no error line: a refusal is said in a toast.
  const { run, busy } = useSubmit({ toast: true })
  /** The leave picked and awaiting confirmation: a mis-tap must not hand the villages to the backup. */
  const [asked, setAsked] = useState<{ days: number; until: number } | null>(null)
  const f = saved ?? figures.data

  const setAway = (until: number | null) =>
    run(async () => {
      setSaved(await consultApi.setAway(until === null ? null : new Date(until).toISOString()))
      setAsked(null)
    })

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
              <Text className='muted'>{t('away.endHint')}</Text>
              <Button className='figures-away-end' busy={busy} onClick={() => void setAway(null)}>
                {t('away.end')}
              </Button>
            </View>
          ) : asked ? (
            <View className='figures-away figures-away-confirm' role='alertdialog'>
              <Text>
                {t('away.confirm', {
                  n: asked.days,
                  from: formatDateTime(Date.now()),
                  to: formatDateTime(asked.until),
                })}
              </Text>
              <View className='figures-away-actions'>
                <Button variant='plain' className='figures-away-cancel' onClick={() => setAsked(null)}>
                  {t('away.keep')}
                </Button>
                <Button className='figures-away-ok' busy={busy} onClick={() => void setAway(asked.until)}>
                  {t('away.ok')}
                </Button>
              </View>
            </View>
          ) : (
            <View className='figures-away'>
              <Text className='muted'>{t('away.set')}</Text>
              <View className='figures-away-days'>
                {LEAVE_DAYS.map((d) => (
                  <Button
                    key={d}
                    variant='plain'
                    className='figures-away-choice'
                    onClick={() => setAsked({ days: d, until: Date.now() + d * 24 * 3600_000 })}
                  >
                    {t('away.days', { n: d })}
                  </Button>
                ))}
              </View>
            </View>
          )}
        </>
      )}
    </View>
  )
}
