import { groupedNumber } from '@pocket/contract/request-number'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import Button from '@/components/Button'
import StateView from '@/components/StateView'
import { useOnReturn } from '@/hooks/useOnReturn'
import { useResource } from '@/hooks/useResource'
import { formatDateTime, useT } from '@/i18n'
import { useSubmit } from '@/hooks/useSubmit'
import { callbacksApi } from '@/services/callbacks'

/**
 * 回拨任务 of this staff member's hotline desk: when it suits the resident, about what. One takes a
 * task (the phone shows in full to them only), calls with one tap, then closes it as called back or
 * unreachable (the resident sees which).
 */
export default function CallbackDesk() {
  const t = useT()
  const list = useResource('callbacks', callbacksApi.waiting)
  useOnReturn(list.reload)
  const { run, busyWith: busy, error } = useSubmit()
  const items = list.data?.items ?? []

  // Whatever the answer, the list is read again: a refusal usually means another desk moved it.
  const act = async (key: string, action: () => Promise<unknown>) => {
    await run(action, { what: key })
    list.reload()
  }
  const close = (number: string, outcome: 'called' | 'unreachable') =>
    act(`${outcome}:${number}`, () => callbacksApi.close(number, outcome))

  return (
    <View className='card callback-desk'>
      <View className='title'>{t('callbackDesk.title')}</View>
      {error && (
        <View className='error-text' role='alert'>
          {error}
        </View>
      )}
      <StateView resource={list} empty={items.length === 0} emptyText={t('callbackDesk.empty')} />
      {items.map((c) => (
        <View key={c.number} className='desk-row callback-row'>
          <View className='desk-row-head'>
            <Text>
              {c.phone} · {t(`callback.window.${c.window}`)}
            </Text>
            <Text className='desk-status'>{t(`status.${c.state}`)}</Text>
          </View>
          <View className='muted'>
            {c.topic} · {formatDateTime(Date.parse(c.createdAt))} · {groupedNumber(c.number)}
          </View>
          {!c.taker && (
            <View className='callback-desk-actions'>
              <Text className='muted'>{t('callbackDesk.takeHint')}</Text>
              <Button
                variant='plain'
                className='callback-take'
                busy={busy === `take:${c.number}`}
                onClick={() => void act(`take:${c.number}`, () => callbacksApi.take(c.number))}
              >
                {t('callbackDesk.take')}
              </Button>
            </View>
          )}
          {c.taker && !c.taker.me && <View className='muted'>{t('callbackDesk.takenBy', { name: c.taker.name })}</View>}
          {c.taker?.me && (
            <View className='callback-desk-actions'>
              <Button
                variant='plain'
                className='callback-dial'
                onClick={() => void Taro.makePhoneCall({ phoneNumber: c.phone }).catch(() => undefined)}
              >
                {t('callbackDesk.dial')}
              </Button>
              <Button
                variant='plain'
                className='callback-called'
                busy={busy === `called:${c.number}`}
                onClick={() => void close(c.number, 'called')}
              >
                {t('callbackDesk.called')}
              </Button>
              <Button
                variant='plain'
                className='callback-unreachable'
                busy={busy === `unreachable:${c.number}`}
                onClick={() => void close(c.number, 'unreachable')}
              >
                {t('callbackDesk.unreachable')}
              </Button>
            </View>
          )}
        </View>
      ))}
    </View>
  )
}
