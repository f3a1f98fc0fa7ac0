import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import Button from '@/components/Button'
import StateView from '@/components/StateView'
import { useOnReturn } from '@/hooks/useOnReturn'
import { useResource } from '@/hooks/useResource'
import { formatDateTime, useT } from '@/i18n'
import { messageOf } from '@/services/api-error'
import { callbacksApi } from '@/services/callbacks'

/**
 * 回拨任务 for the hotline's staff: who asked to be called, when it suits them, about what; call
 * with one tap, then close the task as called back or unreachable (the resident sees which).
 */
export default function CallbackDesk() {
  const t = useT()
  const list = useResource('callbacks', callbacksApi.waiting)
  useOnReturn(list.reload)
  const [busy, setBusy] = useState('')
  const [error, setError] = useState('')
  const items = list.data?.items ?? []

  const close = async (number: string, outcome: 'called' | 'unreachable') => {
    setBusy(`${outcome}:${number}`)
    setError('')
    try {
      await callbacksApi.close(number, outcome)
      list.reload()
    } catch (err) {
      setError(messageOf(err))
    } finally {
      setBusy('')
    }
  }

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
            {c.topic} · {formatDateTime(Date.parse(c.createdAt))} · {c.number}
          </View>
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
        </View>
      ))}
    </View>
  )
}
