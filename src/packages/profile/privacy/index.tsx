import { Switch, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { named } from '@/components/a11y'
import Button from '@/components/Button'
import PinField from '@/components/PinField'
import Page from '@/components/Page'
import { useRequireRole } from '@/hooks/useRequireRole'
import { useSubmit } from '@/hooks/useSubmit'
import { biometricKind, type BiometricKind } from '@/platform/biometric'
import { meApi } from '@/services/me'
import { PIN_PATTERN, pinMatches, sealPin } from '@/services/pin'
import { unlock, useAppLock } from '@/stores/app-lock'
import { useSession } from '@/stores/session'
import { useT } from '../i18n'
import './index.scss'

/** Setting the app lock: a PIN typed twice. */
function SetPin({ accountId }: { accountId: string }) {
  const t = useT()
  const [pin, setPin] = useState('')
  const [again, setAgain] = useState('')
  const [error, setError] = useState('')
  // Typing again clears what was wrong before.
  const typed = (set: (v: string) => void) => (v: string) => {
    set(v)
    setError('')
  }
  const save = () => {
    if (!PIN_PATTERN.test(pin)) return setError(t('privacy.pinInvalid'))
    if (pin !== again) return setError(t('privacy.pinMismatch'))
    useAppLock.getState().setPin(sealPin(pin), accountId)
    // Whoever just set it is the owner: the pages stay open until the app is left.
    unlock()
    void Taro.showToast({ title: t('privacy.lockSet'), icon: 'success' })
  }
  return (
    <>
      <PinField label={t('privacy.newPin')} value={pin} onChange={typed(setPin)} className='privacy-pin' />
      <PinField label={t('privacy.repeatPin')} value={again} onChange={typed(setAgain)} className='privacy-pin-again' />
      {error && (
        <View className='error-text' role='alert'>
          {error}
        </View>
      )}
      <Button className='privacy-set-pin' onClick={save}>
        {t('privacy.setPin')}
      </Button>
    </>
  )
}

/** Turning the app lock off: only with the PIN, so that someone else holding the phone cannot. */
function TurnOff() {
  const t = useT()
  const pin = useAppLock((s) => s.pin)
  const [typed, setTyped] = useState('')
  const [error, setError] = useState('')
  const off = () => {
    if (!pin || !pinMatches(typed, pin)) {
      useAppLock.getState().failed()
      setTyped('')
      return setError(t('lock.wrong'))
    }
    useAppLock.getState().clear()
    void Taro.showToast({ title: t('privacy.lockCleared'), icon: 'none' })
  }
  return (
    <>
      <PinField label={t('privacy.currentPin')} value={typed} onChange={setTyped} className='privacy-current-pin' />
      {error && (
        <View className='error-text' role='alert'>
          {error}
        </View>
      )}
      <Button variant='plain' className='privacy-turn-off' onClick={off}>
        {t('privacy.turnOff')}
      </Button>
    </>
  )
}

/**
 * 隐私与安全, for a phone shared with others: notices that say nothing of substance (kept on the
 * account, so every phone's SMS follows it), the app lock (kept on this phone), and where 快速离开 is.
 */
export default function Privacy() {
  const t = useT()
  const allowed = useRequireRole('resident')
  const me = useSession((s) => s.me)
  const { pin, biometric, setBiometric } = useAppLock()
  const lockOn = !!pin && pin.accountId === me?.id
  const [kind, setKind] = useState<BiometricKind | null>(null)
  const { run, error } = useSubmit()

  useEffect(() => void biometricKind().then(setKind), [])
  if (!allowed || !me) return null

  const setDiscreet = (discreet: boolean) =>
    run(async () => {
      useSession.getState().setMe(await meApi.setNotices(discreet))
      void Taro.showToast({ title: t('privacy.saved'), icon: 'none' })
    })

  return (
    <Page className='privacy' title='privacy.title'>
      <View className='card muted privacy-intro'>{t('privacy.intro')}</View>
      <View className='card'>
        <View className='privacy-row'>
          <Text className='title'>{t('privacy.notices')}</Text>
          <Switch
            className='privacy-notices'
            checked={me.discreetNotices}
            {...named(t('privacy.notices'))}
            onChange={(e) => void setDiscreet(e.detail.value)}
          />
        </View>
        <View className='muted'>{t('privacy.noticesHint')}</View>
        {error && (
          <View className='error-text' role='alert'>
            {error}
          </View>
        )}
      </View>
      <View className='card privacy-lock'>
        <View className='privacy-row'>
          <Text className='title'>{t('privacy.lock')}</Text>
          <Text className='privacy-lock-state'>{t(lockOn ? 'privacy.lockOn' : 'privacy.lockOff')}</Text>
        </View>
        <View className='muted'>{t('privacy.lockHint')}</View>
        {lockOn ? <TurnOff /> : <SetPin accountId={me.id} />}
        {lockOn && kind && (
          <View className='privacy-row'>
            <Text>{t(`privacy.biometric.${kind}`)}</Text>
            <Switch
              checked={biometric}
              {...named(t(`privacy.biometric.${kind}`))}
              onChange={(e) => setBiometric(e.detail.value)}
            />
          </View>
        )}
      </View>
      <View className='card'>
        <View className='title'>{t('privacy.quickExit')}</View>
        <View className='muted'>{t('privacy.quickExitHint')}</View>
      </View>
    </Page>
  )
}
