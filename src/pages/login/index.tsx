import { View } from '@tarojs/components'
import { useState } from 'react'
import type { AuthSession } from '@pocket/contract'
import { PHONE_DIGITS, PHONE_PATTERN, SMS_CODE_DIGITS, SMS_CODE_PATTERN } from '@pocket/contract/constants'
import Button from '@/components/Button'
import Field from '@/components/Field'
import Page from '@/components/Page'
import { useSmsCode } from '@/hooks/useSmsCode'
import { useT } from '@/i18n'
import { wechatLoginAvailable } from '@/platform/wechat-login'
import { useSubmit } from '@/hooks/useSubmit'
import { authApi } from '@/services/auth'
import { completeSignIn, landingFor, restartAt } from '@/services/session'
import './index.scss'

const PHONE = new RegExp(PHONE_PATTERN)
const CODE = new RegExp(SMS_CODE_PATTERN)

export default function Login() {
  const t = useT()
  const [phone, setPhone] = useState('')
  const [code, setCode] = useState('')
  const [notice, setNotice] = useState('')
  const { run, busy: submitting, error, setError } = useSubmit()
  const sms = useSmsCode()

  const finish = (session: AuthSession) => {
    completeSignIn(session)
    restartAt(landingFor(session.role))
  }

  const send = async () => {
    setError('')
    setNotice('')
    if (!PHONE.test(phone)) return setError(t('login.phoneInvalid'))
    const refused = await sms.send(phone)
    if (refused) setError(refused)
    else setNotice(t('login.sent'))
  }

  const submit = async () => {
    setError('')
    if (!PHONE.test(phone)) return setError(t('login.phoneInvalid'))
    if (!CODE.test(code)) return setError(t('login.codeInvalid'))
    await run(async () => finish(await authApi.verifySmsCode(phone, code)))
  }

  /**
   * The WeChat button asks for the phone WeChat verified (how advisers and staff are recognised,
   * and how a resident's SMS account stays the same account). Declining still signs in with WeChat.
   */
  const wechat = (phoneCode: string | undefined) => run(async () => finish(await authApi.wechat(phoneCode)))

  return (
    <Page className='login' title='login.pageTitle'>
      <View className='title login-title'>{t('login.title')}</View>
      <Field
        label={t('login.phone')}
        className='login-phone'
        type='number'
        maxlength={PHONE_DIGITS}
        placeholder={t('login.phonePlaceholder')}
        value={phone}
        onChange={setPhone}
      />
      <Field
        label={t('login.code')}
        className='login-code'
        type='number'
        maxlength={SMS_CODE_DIGITS}
        placeholder={t('login.codePlaceholder')}
        value={code}
        onChange={setCode}
        extra={
          <Button
            variant='plain'
            className='login-send'
            disabled={sms.sending || sms.resendIn > 0}
            onClick={() => void send()}
          >
            {sms.resendIn > 0 ? t('login.resend', { seconds: sms.resendIn }) : t('login.send')}
          </Button>
        }
      />
      {notice && !error && <View className='muted login-notice'>{notice}</View>}
      {error && (
        <View className='error-text login-error' role='alert'>
          {error}
        </View>
      )}
      <Button className='login-submit' busy={submitting} onClick={() => void submit()}>
        {t('login.submit')}
      </Button>
      {wechatLoginAvailable && (
        <>
          <View className='muted login-or'>{t('login.or')}</View>
          <Button
            variant='plain'
            className='login-wechat'
            openType='getPhoneNumber'
            disabled={submitting}
            onGetPhoneNumber={(e) => void wechat(e.detail.code || undefined)}
          >
            {t('login.wechat')}
          </Button>
          <View className='muted login-wechat-hint'>{t('login.wechatHint')}</View>
        </>
      )}
      <View className='muted login-agreement'>{t('login.agreement')}</View>
    </Page>
  )
}
