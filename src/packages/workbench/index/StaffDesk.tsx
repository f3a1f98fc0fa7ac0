import { groupedNumber, typedNumber } from '@pocket/contract/request-number'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { Appointment } from '@pocket/contract'
import { REQUEST_NUMBER_DIGITS, REQUEST_NUMBER_PATTERN } from '@pocket/contract/constants'
import Button from '@/components/Button'
import Field from '@/components/Field'
import StateView from '@/components/StateView'
import { useResource } from '@/hooks/useResource'
import { useT } from '@/i18n'
import { useSubmit } from '@/hooks/useSubmit'
import { deskApi } from '@/services/workbench'
import { canScanCode, scanCode } from '@/platform/scan-code'

const NUMBER = new RegExp(REQUEST_NUMBER_PATTERN)

type Action = 'checkIn' | 'complete' | 'noShow'

/** Today's queue at the staff member's institution: check in by QR code or number, complete, mark no-show. */
export default function StaffDesk() {
  const t = useT()
  const queue = useResource('desk-queue', () => deskApi.queue())
  const [number, setNumber] = useState('')
  const { run, busyWith: busy, error, setError } = useSubmit()

  const act = (action: Action, target: string) =>
    run(
      async () => {
        const a: Appointment = await deskApi[action](target)
        if (action === 'checkIn') {
          setNumber('')
          void Taro.showToast({ title: t('desk.checkedIn', { name: a.topic }), icon: 'none' })
        }
        queue.reload()
      },
      { what: `${action}:${target}` },
    )

  const checkInTyped = () => {
    const digits = typedNumber(number)
    return NUMBER.test(digits) ? act('checkIn', digits) : setError(t('desk.invalidNumber'))
  }
  const scan = async () => {
    const text = await scanCode()
    if (text) await act('checkIn', typedNumber(text))
  }

  const items = queue.data?.items ?? []
  return (
    <View className='card desk'>
      <View className='title'>{t('desk.title')}</View>
      {canScanCode && (
        <Button className='desk-scan' onClick={() => void scan()}>
          {t('desk.scan')}
        </Button>
      )}
      <Field
        label={t('desk.checkIn')}
        value={number}
        onChange={setNumber}
        type='number'
        maxlength={REQUEST_NUMBER_DIGITS}
        placeholder={t('desk.numberPlaceholder')}
        className='desk-number'
        extra={
          <Button
            variant='plain'
            className='desk-check-in'
            busy={busy === `checkIn:${number}`}
            onClick={() => void checkInTyped()}
          >
            {t('desk.checkIn')}
          </Button>
        }
      />
      {error && (
        <View className='error-text' role='alert'>
          {error}
        </View>
      )}
      <StateView resource={queue} empty={items.length === 0} emptyText={t('desk.empty')} />
      {items.map((a) => (
        <View key={a.number} className='desk-row'>
          <View className='desk-row-head'>
            <Text>
              {a.start}-{a.end} {a.item.name}
            </Text>
            <Text className='desk-status'>{t(`status.${a.status}`)}</Text>
          </View>
          <View className='muted'>
            {a.topic} · {a.contactPhone} · {groupedNumber(a.number)}
          </View>
          {a.status === 'checked_in' && (
            <Button
              variant='plain'
              className='desk-complete'
              busy={busy === `complete:${a.number}`}
              onClick={() => void act('complete', a.number)}
            >
              {t('desk.complete')}
            </Button>
          )}
          {a.status === 'booked' && Date.parse(a.startsAt) <= Date.now() && (
            <Button
              variant='plain'
              className='desk-no-show'
              busy={busy === `noShow:${a.number}`}
              onClick={() => void act('noShow', a.number)}
            >
              {t('desk.noShow')}
            </Button>
          )}
        </View>
      ))}
    </View>
  )
}
