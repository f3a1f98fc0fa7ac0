import { Text, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import type { Callback, CallbackWindow } from '@pocket/contract'
import Button from '@/components/Button'
import Field from '@/components/Field'
import Page from '@/components/Page'
import { useT } from '@/i18n'
import { messageOf } from '@/services/api-error'
import { callbacksApi } from '@/services/callbacks'
import { goTo } from '@/services/session'
import './index.scss'

const WINDOWS: CallbackWindow[] = ['morning', 'afternoon', 'evening', 'any']

/** 请求回拨: the 12348 hotline calls the resident back at a time that suits them, about what they say. */
export default function RequestCallback() {
  const t = useT()
  const [phone, setPhone] = useState('')
  const [window, setWindow] = useState<CallbackWindow>('any')
  const [topic, setTopic] = useState('')
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState<Callback | null>(null)

  const submit = async () => {
    if (!/^1\d{10}$/.test(phone)) return setError(t('callback.phoneInvalid'))
    if (topic.trim().length < 2) return setError(t('callback.topicMissing'))
    setBusy(true)
    setError('')
    try {
      setDone(await callbacksApi.request({ phone, window, topic: topic.trim() }))
    } catch (err) {
      setError(messageOf(err))
    } finally {
      setBusy(false)
    }
  }

  if (done)
    return (
      <Page className='callback' title='callback.title'>
        <View className='card callback-done' role='status'>
          <View className='title'>{t('callback.done')}</View>
          <View className='muted'>{t('callback.doneHint', { window: t(`callback.window.${done.window}`) })}</View>
          <View className='muted'>{t('progress.number')}</View>
          <Text className='callback-number' userSelect>
            {done.number}
          </Text>
          <Button className='callback-mine' onClick={() => goTo('myRequests')}>
            {t('requests.title')}
          </Button>
        </View>
      </Page>
    )

  return (
    <Page className='callback' title='callback.title'>
      <View className='card'>
        <View className='muted'>{t('callback.intro')}</View>
        <Field
          label={t('callback.phone')}
          value={phone}
          onChange={setPhone}
          type='number'
          maxlength={11}
          placeholder={t('callback.phonePlaceholder')}
          className='callback-phone'
        />
        <View className='title'>{t('callback.when')}</View>
        <View className='callback-windows' role='radiogroup'>
          {WINDOWS.map((w) => (
            <View
              key={w}
              role='radio'
              aria-checked={w === window}
              className={`callback-window ${w === window ? 'selected' : ''}`}
              onClick={() => setWindow(w)}
            >
              {t(`callback.window.${w}`)}
            </View>
          ))}
        </View>
        <View className='title'>{t('callback.topic')}</View>
        <Textarea
          className='input callback-topic'
          value={topic}
          maxlength={200}
          placeholder={t('callback.topicPlaceholder')}
          onInput={(e) => setTopic(e.detail.value)}
        />
        {error && (
          <View className='error-text' role='alert'>
            {error}
          </View>
        )}
        <Button className='callback-submit' busy={busy} onClick={() => void submit()}>
          {t('callback.submit')}
        </Button>
      </View>
    </Page>
  )
}
