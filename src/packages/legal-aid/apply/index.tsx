import { Checkbox, CheckboxGroup, Label, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import type { HardshipBasis, LegalAidCaseType } from '@pocket/contract'
import { ID_NUMBER_LENGTH, PHONE_DIGITS, PHONE_PATTERN } from '@pocket/contract/constants'
import { isResidentIdNumber } from '@pocket/contract/id-card'
import { formRules } from '@pocket/contract/form-rules'
import AttachmentPicker from '@/components/AttachmentPicker'
import Button from '@/components/Button'
import Field from '@/components/Field'
import Page from '@/components/Page'
import Sensitive from '@/components/Sensitive'
import StateView from '@/components/StateView'
import { useAttempt } from '@/hooks/useAttempt'
import { useResource } from '@/hooks/useResource'
import { useT } from '@/i18n'
import { useSubmit } from '@/hooks/useSubmit'
import { bookingApi } from '@/services/booking'
import { legalAidApi } from '@/services/legal-aid'
import { replaceWith } from '@/services/session'
import { useSession } from '@/stores/session'
import './index.scss'
import Tappable from '@/components/Tappable'
import WechatPhoneOffer from '@/components/WechatPhoneOffer'
import TextBox from '@/components/TextBox'

const CASE_TYPES: LegalAidCaseType[] = ['wages', 'work_injury', 'family', 'traffic', 'medical', 'other']
const HARDSHIP: HardshipBasis[] = ['minimum_living', 'extreme_poverty', 'low_income', 'migrant_wages', 'other']
const MAX_ATTACHMENTS = 9
const PHONE = new RegExp(PHONE_PATTERN)

/**
 * 法律援助申请: the office (the person's county first), applicant and ID number (checked as it is
 * typed), the case, the hardship declaration and photos of the proof. One Idempotency-Key per
 * submitted attempt, kept across a retry after a lost reply.
 */
/** A page parameter as written: some runtimes hand it over still percent-encoded, some decoded. */
function decodedParam(value: string | undefined): string {
  if (!value) return ''
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

export default function ApplyLegalAid() {
  const t = useT()
  const router = useRouter()
  const region = useSession((s) => s.me?.village?.code)
  const phoneMasked = useSession((s) => s.me?.phoneMasked ?? null)
  const offices = useResource(`item-booking:legal-aid:${region ?? ''}`, () =>
    bookingApi.itemBooking('legal-aid', { region }),
  )
  const [office, setOffice] = useState<string | null>(null)
  // The office of the resident's own county is chosen for them (as booking does); anyone else picks one.
  const county = region?.slice(0, 6)
  const own = county ? offices.data?.institutions.find((i) => i.regionCode.startsWith(county)) : undefined
  const institutionId = office ?? own?.id ?? null
  const [name, setName] = useState('')
  const [idNumber, setIdNumber] = useState('')
  const [phone, setPhone] = useState('')
  const [caseType, setCaseType] = useState<LegalAidCaseType | null>(null)
  // Prefilled when the village adviser handed the matter over (转办) from the chat.
  const [summary, setSummary] = useState(() => decodedParam(router.params.summary))
  const [basis, setBasis] = useState<HardshipBasis | null>(null)
  const [note, setNote] = useState('')
  const [declared, setDeclared] = useState(false)
  const [attachments, setAttachments] = useState<{ ids: string[]; pending: boolean }>({ ids: [], pending: false })
  const { run, busy, error, setError } = useSubmit()
  const attempt = useAttempt(() => setError(''))
  const changed = attempt.edited
  const onAttachments = changed((a: { ids: string[]; pending: boolean }) => setAttachments(a))

  const idNumberUpper = idNumber.toUpperCase()
  const idMistyped = idNumberUpper.length === 18 && !isResidentIdNumber(idNumberUpper)

  const problem = (): string | null => {
    if (!institutionId) return t('aid.pickOffice')
    if (name.length < formRules.applyLegalAid.applicantName.min) return t('aid.nameRequired')
    if (!isResidentIdNumber(idNumberUpper)) return t('aid.idInvalid')
    // Left empty, the phone the person signed in with is used (shown under the field).
    if (!(phone === '' && phoneMasked) && !PHONE.test(phone)) return t('aid.phoneInvalid')
    if (!caseType) return t('aid.caseTypeRequired')
    if (summary.trim().length < formRules.applyLegalAid.summary.min) return t('aid.summaryTooShort')
    if (!basis) return t('aid.hardshipRequired')
    if (!declared) return t('aid.declareRequired')
    if (attachments.pending) return t('aid.attachmentsPending')
    return null
  }

  const submit = async () => {
    const why = problem()
    if (why || !institutionId || !caseType || !basis) return setError(why ?? '')
    await run(
      async () => {
        const body = {
          institutionId,
          applicantName: name,
          idNumber: idNumberUpper,
          contactPhone: phone || undefined,
          caseType,
          summary: summary.trim(),
          hardship: { basis, declared: true as const, note: note.trim() },
          attachments: attachments.ids,
        }
        const a = await legalAidApi.apply(body, attempt.key())
        void Taro.showToast({ title: t('aid.submitted'), icon: 'success' })
        replaceWith('legalAidApplication', { number: a.number })
      },
      { attempt },
    )
  }

  return (
    <Page className='aid' title='aid.title'>
      <Sensitive lock={false}>
        <View className='card aid-intro muted'>{t('aid.intro')}</View>
        <View className='card'>
          <View className='title'>{t('aid.office')}</View>
          {!own && !office && offices.data && <View className='muted aid-office-ask'>{t('aid.pickOfficeHint')}</View>}
          <StateView resource={offices} />
          {offices.data?.institutions.map((i) => (
            <Tappable
              key={i.id}
              className={`aid-choice ${i.id === institutionId ? 'aid-chosen' : ''}`}
              checked={i.id === institutionId}
              onTap={() => changed(setOffice)(i.id)}
            >
              <View>{i.name}</View>
              <View className='muted'>
                {i.address} · {i.phone}
              </View>
            </Tappable>
          ))}
        </View>
        <View className='card'>
          <View className='title'>{t('aid.applicant')}</View>
          <Field
            label={t('aid.name')}
            value={name}
            onChange={changed(setName)}
            maxlength={formRules.applyLegalAid.applicantName.max}
            className='aid-name'
          />
          <Field
            label={t('aid.idNumber')}
            value={idNumber}
            onChange={changed(setIdNumber)}
            type='idcard'
            maxlength={ID_NUMBER_LENGTH}
            placeholder={t('aid.idPlaceholder')}
            className='aid-id'
          />
          {idMistyped && <View className='error-text aid-id-error'>{t('aid.idInvalid')}</View>}
          <Field
            label={t('aid.phone')}
            value={phone}
            onChange={changed(setPhone)}
            type='number'
            maxlength={PHONE_DIGITS}
            placeholder={phoneMasked ?? t('book.phonePlaceholder')}
            className='aid-phone'
          />
          {phoneMasked && (
            <View className='muted aid-phone-account'>{t('book.phoneAccount', { phone: phoneMasked })}</View>
          )}
          <WechatPhoneOffer className='aid-wechat-phone' />
        </View>
        <View className='card'>
          <View className='title'>{t('aid.case')}</View>
          <View className='aid-chips'>
            {CASE_TYPES.map((c) => (
              <Tappable
                inline
                key={c}
                className={`aid-chip aid-case-${c} ${c === caseType ? 'aid-chip-on' : ''}`}
                checked={c === caseType}
                onTap={() => changed(setCaseType)(c)}
              >
                {t(`aid.caseType.${c}`)}
              </Tappable>
            ))}
          </View>
          <View className='field-label'>{t('aid.summary')}</View>
          <TextBox
            className='aid-summary'
            value={summary}
            maxlength={formRules.applyLegalAid.summary.max}
            placeholder={t('aid.summaryPlaceholder')}
            onChange={changed(setSummary)}
          />
        </View>
        <View className='card'>
          <View className='title'>{t('aid.hardship')}</View>
          <View className='aid-chips'>
            {HARDSHIP.map((h) => (
              <Tappable
                inline
                key={h}
                className={`aid-chip aid-hardship-${h} ${h === basis ? 'aid-chip-on' : ''}`}
                checked={h === basis}
                onTap={() => changed(setBasis)(h)}
              >
                {t(`aid.hardshipBasis.${h}`)}
              </Tappable>
            ))}
          </View>
          <TextBox
            className='aid-note'
            value={note}
            maxlength={formRules.applyLegalAid.hardship.note.max}
            placeholder={t('aid.notePlaceholder')}
            onChange={changed(setNote)}
          />
          <CheckboxGroup onChange={(e) => changed(setDeclared)(e.detail.value.includes('declared'))}>
            <Label className='aid-declare'>
              <Checkbox value='declared' checked={declared} className='aid-declare-box' />
              <Text>{t('aid.declare')}</Text>
            </Label>
          </CheckboxGroup>
        </View>
        <View className='card'>
          <View className='title'>{t('aid.attachments')}</View>
          <View className='muted aid-attachments-hint'>{t('aid.attachmentsHint', { n: MAX_ATTACHMENTS })}</View>
          <AttachmentPicker max={MAX_ATTACHMENTS} onChange={onAttachments} />
        </View>
        {error && (
          <View className='error-text' role='alert'>
            {error}
          </View>
        )}
        <Button className='aid-submit' busy={busy} onClick={() => void submit()}>
          {t('aid.submit')}
        </Button>
      </Sensitive>
    </Page>
  )
}
