import { groupedNumber } from '@pocket/contract/request-number'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { Callback, CallbackWindow } from '@pocket/contract'
import { PHONE_DIGITS, PHONE_PATTERN, SMS_CODE_DIGITS, SMS_CODE_PATTERN } from '@pocket/contract/constants'
import { formRules } from '@pocket/contract/form-rules'
import Button from '@/components/Button'
import Field from '@/components/Field'
import Page from '@/components/Page'
import { useSmsCode } from '@/hooks/useSmsCode'
import { useT } from '@/i18n'
import { useSubmit } from '@/hooks/useSubmit'
import { callbacksApi } from '@/services/callbacks'
import { goTo } from '@/services/session'
import { useSession } from '@/stores/session'
import './index.scss'
import Tappable from '@/components/Tappable'
import WechatPhoneOffer from '@/components/WechatPhoneOffer'
import TextBox from '@/components/TextBox'

const PHONE = new RegExp(PHONE_PATTERN)
const CODE = new RegExp(SMS_CODE_PATTERN)

const WINDOWS: CallbackWindow[] = ['morning', 'afternoon', 'evening', 'any']

/**
 * 请求回拨: the 12348 hotline of the resident's region calls them back at a time that suits them,
 * about what they say — on the phone they signed in with, or on another one they confirm by an SMS code.
 */
export default function RequestCallback() {
  const t = useT()
  const me = useSession((s) => s.me)
  const own = me?.phoneMasked ?? null
  const [other, setOther] = useState(false)
  const [phone, setPhone] = useState('')
  const [code, setCode] = useState('')
  const sms = useSmsCode()
  const typed = other || !own
  const [window, setWindow] = useState<CallbackWindow>('any')
  const [topic, setTopic] = useState('')
  const { run, busy, error, setError } = useSubmit()
  const [done, setDone] = useState<Callback | null>(null)

  const sendCode = async () => {
    setError('')
    if (!PHONE.test(phone)) return setError(t('callback.phoneInvalid'))
    setError((await sms.send(phone)) ?? '')
  }

  const submit = async () => {
    if (typed && !PHONE.test(phone)) return setError(t('callback.phoneInvalid'))
    if (typed && !CODE.test(code)) return setError(t('callback.codeMissing'))
    if (topic.trim().length < formRules.requestCallback.topic.min) return setError(t('callback.topicMissing'))
    const number = typed ? { phone, code } : {}
    await run(async () => setDone(await callbacksApi.request({ ...number, window, topic: topic.trim() })))
  }

  if (done)
    return (
      <Page className='callback' title='callback.title'>
        <View className='card callback-done' role='status'>
          <View className='title'>{t('callback.done')}</View>
          <View className='muted'>{t('callback.doneHint', { window: t(`callback.window.${done.window}`) })}</View>
          <View className='muted'>{t('progress.number')}</View>
          <Text className='callback-number' userSelect>
            {groupedNumber(done.number)}
          </Text>
          <Button className='callback-mine' onClick={() => goTo('myRequests')}>
            {t('requests.title')}
          </Button>
        </View>
      </Page>
    )

  if (me && !me.village)
    return (
      <Page className='callback' title='callback.title'>
        <View className='card callback-village' role='status'>
          <View className='title'>{t('callback.villageFirst')}</View>
          <View className='muted'>{t('callback.villageWhy')}</View>
          <Button className='callback-pick-village' onClick={() => goTo('village')}>
            {t('callback.pickVillage')}
          </Button>
        </View>
      </Page>
    )

  return (
    <Page className='callback' title='callback.title'>
      <View className='card'>
        <View className='muted'>{t('callback.intro')}</View>
        {typed ? (
          <>
            <WechatPhoneOffer className='callback-wechat-phone' />
            <Field
              label={t('callback.phone')}
              value={phone}
              onChange={setPhone}
              type='number'
              maxlength={PHONE_DIGITS}
              placeholder={t('callback.phonePlaceholder')}
              className='callback-phone'
            />
            <Field
              label={t('callback.code')}
              value={code}
              onChange={setCode}
              type='number'
              maxlength={SMS_CODE_DIGITS}
              placeholder={t('callback.codePlaceholder')}
              className='callback-code'
              extra={
                <Button
                  variant='plain'
                  className='callback-send-code'
                  busy={sms.sending}
                  disabled={sms.resendIn > 0}
                  onClick={() => void sendCode()}
                >
                  {sms.resendIn > 0 ? t('login.resend', { seconds: sms.resendIn }) : t('login.send')}
                </Button>
              }
            />
            {own && (
              <Tappable inline className='callback-link callback-use-own' onTap={() => setOther(false)}>
                {t('callback.useOwn', { phone: own })}
              </Tappable>
            )}
          </>
        ) : (
          <View className='callback-own'>
            <View className='field-label'>{t('callback.phone')}</View>
            <View className='callback-own-row'>
              <Text className='callback-own-phone'>{own}</Text>
              <Tappable inline className='callback-link callback-use-other' onTap={() => setOther(true)}>
                {t('callback.useOther')}
              </Tappable>
            </View>
            <View className='muted'>{t('callback.ownHint')}</View>
          </View>
        )}
        <View className='title'>{t('callback.when')}</View>
        <View className='callback-windows' role='radiogroup'>
          {WINDOWS.map((w) => (
            <Tappable
              key={w}
              checked={w === window}
              className={`callback-window ${w === window ? 'selected' : ''}`}
              onTap={() => setWindow(w)}
            >
              {t(`callback.window.${w}`)}
            </Tappable>
          ))}
        </View>
        <View className='title'>{t('callback.topic')}</View>
        <TextBox
          className='callback-topic'
          value={topic}
          maxlength={formRules.requestCallback.topic.max}
          placeholder={t('callback.topicPlaceholder')}
          onChange={setTopic}
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
