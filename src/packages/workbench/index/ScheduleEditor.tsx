import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { Schedule } from '@pocket/contract'
import { addDays, localDateOf } from '@pocket/contract/time'
import { formRules } from '@pocket/contract/form-rules'
import Button from '@/components/Button'
import Field from '@/components/Field'
import StateView from '@/components/StateView'
import { useResource } from '@/hooks/useResource'
import { formatDay, formatMonthDay, formatWeekday, useT } from '@/i18n'
import { useSubmit } from '@/hooks/useSubmit'
import { scheduleApi } from '@/services/workbench'
import WeekTemplate from './WeekTemplate'
import Tappable from '@/components/Tappable'

/** The weekly template (saved at once, its effect shown first) and closures; affected residents are told. */
export default function ScheduleEditor() {
  const t = useT()
  const schedule = useResource('desk-schedule', scheduleApi.get)
  const [date, setDate] = useState<string | null>(null)
  const [reason, setReason] = useState('')
  const { run, busy, error, setError } = useSubmit()
  const today = localDateOf(Date.now())
  const days = Array.from({ length: 14 }, (_, i) => addDays(today, i + 1))

  const apply = (change: () => Promise<Schedule>) =>
    run(async () => {
      const result = await change()
      void Taro.showToast({
        title: result.cancelled > 0 ? t('schedule.cancelled', { n: result.cancelled }) : t('schedule.saved'),
        icon: 'none',
      })
      schedule.reload()
    })
  const close = async () => {
    if (!date) return setError(t('schedule.pickDate'))
    if (await apply(() => scheduleApi.close(date, reason))) setReason('')
  }

  return (
    <View className='card schedule'>
      <View className='title'>{t('schedule.title')}</View>
      <StateView resource={schedule} skeleton={{ rows: 4, rowHeight: 120 }} />
      {/* Closures come with the week: drawn before it, they were pushed down when it arrived. */}
      {schedule.data && (
        <>
          <WeekTemplate saved={schedule.data.weekly} onSaved={() => schedule.reload()} />
          <View className='schedule-weekday'>{t('schedule.close')}</View>
          <View className='schedule-days'>
            {days.map((d) => (
              <Tappable
                key={d}
                className={`schedule-date ${d === date ? 'schedule-date-on' : ''}`}
                checked={d === date}
                onTap={() => setDate(d)}
              >
                <Text>{formatMonthDay(d)}</Text>
                <Text>{formatWeekday(d)}</Text>
              </Tappable>
            ))}
          </View>
          <Field
            label={t('schedule.reason')}
            value={reason}
            onChange={setReason}
            maxlength={formRules.closeDay.reason.max}
            placeholder={t('schedule.reasonPlaceholder')}
            className='schedule-reason'
          />
          {error && (
            <View className='error-text' role='alert'>
              {error}
            </View>
          )}
          <Button className='schedule-close' busy={busy} onClick={() => void close()}>
            {t('schedule.close')}
          </Button>
          {(schedule.data?.closures.length ?? 0) > 0 && (
            <View className='schedule-weekday'>{t('schedule.closures')}</View>
          )}
          {schedule.data?.closures.map((c) => (
            <View key={c.date} className='schedule-slot'>
              <Text>
                {formatDay(c.date)} · {c.reason}
              </Text>
              <Tappable
                inline
                className='schedule-step'
                onTap={() => !busy && void apply(() => scheduleApi.reopen(c.date))}
              >
                {t('schedule.reopen')}
              </Tappable>
            </View>
          ))}
        </>
      )}
    </View>
  )
}
