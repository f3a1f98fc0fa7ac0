import { View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'
import Button from '@/components/Button'
import { useT } from './i18n'
import './Form.scss'

/** A calculator's form card: its fields, the error of the last try, and the button that works it out. */
export default function Form({
  busy,
  error,
  onSubmit,
  children,
}: PropsWithChildren<{ busy: boolean; error: string; onSubmit(): void }>) {
  const t = useT()
  return (
    <View className='card calc-form'>
      {children}
      {error && (
        <View className='error-text calc-error' role='alert'>
          {error}
        </View>
      )}
      <Button className='calc-submit' busy={busy} onClick={onSubmit}>
        {t('calc.submit')}
      </Button>
    </View>
  )
}

/** What every answer is: a reckoning to go by, not the amount an authority decides. */
export function Disclaimer() {
  const t = useT()
  return <View className='muted calc-disclaimer'>{t('calc.disclaimer')}</View>
}
