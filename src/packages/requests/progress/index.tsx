import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import type { RequestProgress } from '@pocket/contract'
import {
  PHONE_LAST4_DIGITS,
  PHONE_LAST4_PATTERN,
  REQUEST_NUMBER_DIGITS,
  REQUEST_NUMBER_PATTERN,
} from '@pocket/contract/constants'
import { groupedNumber, isValidRequestNumber, typedNumber } from '@pocket/contract/request-number'
import Button from '@/components/Button'
import Field from '@/components/Field'
import Page from '@/components/Page'
import { formatDateTime, useT, type MessageKey } from '@/i18n'
import { useSubmit } from '@/hooks/useSubmit'
import { requestsApi, requestTitle } from '@/services/requests'
import './index.scss'

const NUMBER = new RegExp(REQUEST_NUMBER_PATTERN)
const LAST4 = new RegExp(PHONE_LAST4_PATTERN)
/** The number as typed: four groups of four digits with a space between (groupedNumber). */
const TYPED_MAX = REQUEST_NUMBER_DIGITS + 3

/** 进度查询: any request by its unified number and the last 4 digits of its phone, signed in or not. */
export default function Progress() {
  const t = useT()
  const [typed, setNumber] = useState(useRouter().params.number ?? '')
  const [last4, setLast4] = useState('')
  const [result, setResult] = useState<RequestProgress | null>(null)
  const { run, busy, error, setError } = useSubmit()

  const query = async () => {
    setResult(null)
    const number = typedNumber(typed)
    if (!NUMBER.test(number) || !LAST4.test(last4)) return setError(t('progress.invalid'))
    // The check digit catches a mistyped digit here, before any look-up, and says so.
    if (!isValidRequestNumber(number)) return setError(t('progress.mistyped'))
    await run(async () => setResult(await requestsApi.progress(number, last4)))
  }

  return (
    <Page className='progress' title='progress.title'>
      <View className='card'>
        <Field
          label={t('progress.number')}
          value={typed}
          onChange={setNumber}
          type='text'
          maxlength={TYPED_MAX}
          placeholder={t('progress.numberPlaceholder')}
          className='progress-number'
        />
        <Field
          label={t('progress.phoneLast4')}
          value={last4}
          onChange={setLast4}
          type='number'
          maxlength={PHONE_LAST4_DIGITS}
          placeholder={t('progress.phoneLast4Placeholder')}
          className='progress-last4'
        />
        <Button className='progress-query' busy={busy} onClick={() => void query()}>
          {t('progress.query')}
        </Button>
      </View>
      {error && (
        <View className='error-text' role='alert'>
          {error}
        </View>
      )}
      {result && (
        <View className='card progress-result'>
          <View className='title'>{requestTitle(result)}</View>
          <View className='muted'>
            {t(`requests.kind.${result.kind}`)} · {groupedNumber(result.number)}
          </View>
          {result.timeline.map((step, i) => (
            <View key={i} className='progress-step'>
              <Text className='progress-step-status'>{t(`status.${step.status}` as MessageKey)}</Text>
              <Text className='muted'> {formatDateTime(Date.parse(step.at))}</Text>
            </View>
          ))}
        </View>
      )}
    </Page>
  )
}
