import { View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { PIN_PATTERN, pinMatches } from '@/services/pin'
import { biometricKind, confirmOwner, type BiometricKind } from '@/platform/biometric'
import { restartAt, signOut } from '@/services/session'
import { useAppLock, unlock } from '@/stores/app-lock'
import { useT } from '@/i18n'
import Button from './Button'
import PinField from './PinField'
import './LockScreen.scss'

/**
 * What a locked page shows instead of itself: the PIN (or the phone's fingerprint or face, in the
 * mini-program), a pause after five wrong tries, and the way out for a forgotten PIN (sign in again).
 */
export default function LockScreen() {
  const t = useT()
  const { pin, biometric, waitUntil } = useAppLock()
  const [typed, setTyped] = useState('')
  const [error, setError] = useState('')
  const [kind, setKind] = useState<BiometricKind | null>(null)

  useEffect(() => {
    if (biometric) void biometricKind().then(setKind)
  }, [biometric])

  const open = () => {
    const wait = Math.ceil((waitUntil - Date.now()) / 1000)
    if (wait > 0) return setError(t('lock.wait', { seconds: wait }))
    if (!pin || !PIN_PATTERN.test(typed) || !pinMatches(typed, pin)) {
      useAppLock.getState().failed()
      setTyped('')
      return setError(t('lock.wrong'))
    }
    unlock()
  }

  const byPhone = async () => {
    if (kind && (await confirmOwner(kind, t('lock.prompt')))) unlock()
  }

  return (
    <View className='card lock-screen' role='dialog' aria-label={t('lock.title')}>
      <View className='title'>{t('lock.title')}</View>
      <View className='muted'>{t('lock.prompt')}</View>
      <PinField
        label={t('lock.pin')}
        value={typed}
        onChange={(v) => {
          setTyped(v)
          setError('')
        }}
        className='lock-pin'
      />
      {error && (
        <View className='error-text' role='alert'>
          {error}
        </View>
      )}
      <Button className='lock-open' onClick={open}>
        {t('lock.open')}
      </Button>
      {kind && (
        <Button variant='plain' className='lock-biometric' onClick={() => void byPhone()}>
          {t(`lock.biometric.${kind}`)}
        </Button>
      )}
      <View className='muted lock-forgot'>{t('lock.forgot')}</View>
      <Button variant='plain' className='lock-sign-out' onClick={() => void signOut().then(() => restartAt('login'))}>
        {t('lock.signOut')}
      </Button>
    </View>
  )
}
