import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'
import type { Schedule, WeekChangeEffect, WeeklySlot } from '@pocket/contract'
import Button from '@/components/Button'
import Tappable from '@/components/Tappable'
import { formatDay, useT, type MessageKey } from '@/i18n'
import { useSubmit } from '@/hooks/useSubmit'
import { scheduleApi } from '@/services/workbench'
import { sameWeek, withDayCopied, withSeats } from './week-draft'

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const

/**
 * The weekly template, edited one day at a time and saved once: seats per slot, a day copied to
 * others, and before saving, what the change does to coming bookings (which would be cancelled,
 * their residents told).
 */
export default function WeekTemplate({ saved, onSaved }: { saved: WeeklySlot[]; onSaved(s: Schedule): void }) {
  const t = useT()
  const [draft, setDraft] = useState(saved)
  const [day, setDay] = useState(() => saved[0]?.weekday ?? 1)
  const [copyTo, setCopyTo] = useState<number[]>([])
  const [effect, setEffect] = useState<WeekChangeEffect | null>(null)
  const { run, busy, error, setError } = useSubmit()
  // A reload (after saving, another desk's save, the page shown again) is the new starting point,
  // unless edits are under way: a reload as the page came back used to wipe them.
  const base = useRef(saved)
  useEffect(() => {
    const previous = base.current
    base.current = saved
    setDraft((d) => (sameWeek(d, previous) ? saved : d))
  }, [saved])
  const changed = !sameWeek(draft, saved)
  const weekdayName = (d: number) => t(`time.weekday.${d}` as MessageKey)

  const edit = (next: WeeklySlot[]) => {
    setDraft(next)
    setEffect(null)
    setError('')
  }
  const preview = () => run(async () => setEffect(await scheduleApi.previewWeek(draft)))
  const save = () =>
    run(async () => {
      const result = await scheduleApi.replaceWeek(draft)
      setEffect(null)
      void Taro.showToast({
        title: result.cancelled > 0 ? t('schedule.cancelled', { n: result.cancelled }) : t('schedule.saved'),
        icon: 'none',
      })
      onSaved(result)
    })

  const slots = draft.filter((s) => s.weekday === day)
  return (
    <View className='week'>
      <View className='schedule-weekday'>{t('week.title')}</View>
      <View className='week-days' role='radiogroup'>
        {WEEKDAYS.map((d) => (
          <Tappable
            key={d}
            className={`week-day ${d === day ? 'week-day-on' : ''}`}
            checked={d === day}
            onTap={() => {
              setDay(d)
              setCopyTo([])
            }}
          >
            <Text>{weekdayName(d)}</Text>
            <Text className='muted week-day-count'>
              {t('week.dayCount', { n: draft.filter((s) => s.weekday === d && s.seats > 0).length })}
            </Text>
          </Tappable>
        ))}
      </View>
      {slots.length === 0 && <View className='muted week-closed'>{t('week.dayClosed')}</View>}
      {slots.map((s) => (
        <View key={s.start} className={`schedule-slot week-slot ${s.seats === 0 ? 'week-slot-off' : ''}`}>
          <Text>
            {s.start}-{s.end}
          </Text>
          <Button
            variant='plain'
            className='week-step week-less'
            ariaLabel={t('week.less', { slot: s.start })}
            disabled={s.seats === 0}
            onClick={() => edit(withSeats(draft, day, s.start, s.seats - 1))}
          >
            －
          </Button>
          <Text className='week-seats'>{s.seats === 0 ? t('week.off') : t('schedule.seats', { n: s.seats })}</Text>
          <Button
            variant='plain'
            className='week-step week-more'
            ariaLabel={t('week.more', { slot: s.start })}
            disabled={s.seats >= 50}
            onClick={() => edit(withSeats(draft, day, s.start, s.seats + 1))}
          >
            ＋
          </Button>
        </View>
      ))}
      {slots.length > 0 && (
        <View className='week-copy'>
          <Text className='muted'>{t('week.copyTo', { day: weekdayName(day) })}</Text>
          <View className='week-days'>
            {WEEKDAYS.filter((d) => d !== day).map((d) => (
              <Tappable
                key={d}
                className={`week-day week-copy-day ${copyTo.includes(d) ? 'week-day-on' : ''}`}
                checked={copyTo.includes(d)}
                onTap={() => setCopyTo(copyTo.includes(d) ? copyTo.filter((x) => x !== d) : [...copyTo, d])}
              >
                {weekdayName(d)}
              </Tappable>
            ))}
          </View>
          <Button
            variant='plain'
            className='week-copy-go'
            disabled={copyTo.length === 0}
            onClick={() => {
              edit(withDayCopied(draft, day, copyTo))
              setCopyTo([])
            }}
          >
            {t('week.copy')}
          </Button>
        </View>
      )}
      {error && (
        <View className='error-text' role='alert'>
          {error}
        </View>
      )}
      {changed && !effect && (
        <View className='week-save'>
          <Text className='muted'>{t('week.unsaved')}</Text>
          <View className='week-actions'>
            <Button variant='plain' className='week-undo' onClick={() => edit(saved)}>
              {t('week.undo')}
            </Button>
            <Button className='week-preview' busy={busy} onClick={() => void preview()}>
              {t('week.save')}
            </Button>
          </View>
        </View>
      )}
      {effect && (
        <View className='week-save week-confirm' role='alertdialog'>
          <Text className='week-effect'>
            {effect.cancelled === 0 ? t('week.noEffect') : t('week.effect', { n: effect.cancelled })}
          </Text>
          {effect.slots.map((s) => (
            <View key={`${s.date} ${s.start}`} className='muted week-effect-slot'>
              {t('week.effectSlot', { day: formatDay(s.date), start: s.start, n: s.cancelled })}
            </View>
          ))}
          <View className='week-actions'>
            <Button variant='plain' className='week-back' onClick={() => setEffect(null)}>
              {t('week.back')}
            </Button>
            <Button className='week-confirm-save' busy={busy} onClick={() => void save()}>
              {t('week.confirm')}
            </Button>
          </View>
        </View>
      )}
    </View>
  )
}
