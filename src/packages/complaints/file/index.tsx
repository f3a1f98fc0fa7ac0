import { Checkbox, CheckboxGroup, Label, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import type { ComplaintAbout, ComplaintCategory } from '@pocket/contract'
import { PHONE_DIGITS, PHONE_PATTERN } from '@pocket/contract/constants'
import { formRules } from '@pocket/contract/form-rules'
import AttachmentPicker from '@/components/AttachmentPicker'
import Button from '@/components/Button'
import Choice from '@/components/Choice'
import Field from '@/components/Field'
import InfoRow from '@/components/InfoRow'
import Page from '@/components/Page'
import Sensitive from '@/components/Sensitive'
import StateView from '@/components/StateView'
import TextBox from '@/components/TextBox'
import WechatPhoneOffer from '@/components/WechatPhoneOffer'
import { useAttempt } from '@/hooks/useAttempt'
import { useResource } from '@/hooks/useResource'
import { useSubmit } from '@/hooks/useSubmit'
import { complaintsApi } from '@/services/complaints'
import { replaceWith } from '@/services/session'
import { useSession } from '@/stores/session'
import { useT } from '../i18n'
import { subjectName } from '../subject-name'
import './index.scss'

const CATEGORIES: readonly ComplaintCategory[] = ['attitude', 'delay', 'fees', 'conduct', 'quality', 'other']
const ABOUT: readonly ComplaintAbout[] = ['institution', 'practitioner', 'request']
const MAX_PHOTOS = formRules.fileComplaint.photos.maxItems
const PHONE = new RegExp(PHONE_PATTERN)

/**
 * 我要投诉: about the institution, person or request the page was opened from (机构详情, 人员详情,
 * an application or booking of mine); the reason, what happened, photos, and whether the office
 * may call. One Idempotency-Key per submitted attempt, kept across a retry after a lost reply.
 */
export default function FileComplaint() {
  const t = useT()
  const params = useRouter().params
  const about = ABOUT.find((a) => a === params.about) ?? 'institution'
  const id = params.id ?? ''
  const subject = useResource(`complaint-subject:${about}:${id}`, () => complaintsApi.subject(about, id))
  const phoneMasked = useSession((s) => s.me?.phoneMasked ?? null)
  const [category, setCategory] = useState<ComplaintCategory | null>(null)
  const [text, setText] = useState('')
  const [phone, setPhone] = useState('')
  const [allowContact, setAllowContact] = useState(false)
  const [photos, setPhotos] = useState<{ ids: string[]; pending: boolean }>({ ids: [], pending: false })
  const { run, busy, error, setError } = useSubmit()
  const attempt = useAttempt(() => setError(''))
  const changed = attempt.edited

  const problem = (): string | null => {
    if (!category) return t('complaints.pickCategory')
    if (text.trim().length < formRules.fileComplaint.text.min) return t('complaints.textTooShort')
    // Left empty, the phone the person signed in with is used (shown under the field).
    if (!(phone === '' && phoneMasked) && !PHONE.test(phone)) return t('complaints.phoneInvalid')
    if (photos.pending) return t('complaints.photosPending')
    return null
  }

  const submit = async () => {
    const why = problem()
    if (why || !category) return setError(why ?? '')
    await run(
      async () => {
        const c = await complaintsApi.file(
          {
            target: { about, id },
            category,
            text: text.trim(),
            photos: photos.ids,
            contactPhone: phone || undefined,
            allowContact,
          },
          attempt.key(),
        )
        void Taro.showToast({ title: t('complaints.submitted'), icon: 'success' })
        replaceWith('complaint', { number: c.number })
      },
      { attempt },
    )
  }

  const s = subject.data
  return (
    <Page className='complain' title='complaints.fileTitle'>
      <Sensitive lock={false}>
        <View className='card muted complain-intro'>{t('complaints.intro')}</View>
        <StateView resource={subject} />
        {s && (
          <>
            <View className='card complain-subject'>
              <InfoRow label={t('complaints.subject')}>
                <Text className='complain-subject-name'>{subjectName(s)}</Text>
              </InfoRow>
              <InfoRow label={t('complaints.answeredBy')}>
                <Text>{s.institution.name}</Text>
              </InfoRow>
            </View>
            <View className='card'>
              <Choice
                label={t('complaints.category')}
                options={CATEGORIES}
                value={category}
                onChange={changed(setCategory)}
                text={(c) => t(`complaints.category.${c}`)}
                className='complain-category'
              />
              <View className='field-label'>{t('complaints.text')}</View>
              <TextBox
                className='complain-text'
                value={text}
                maxlength={formRules.fileComplaint.text.max}
                placeholder={t('complaints.textPlaceholder')}
                onChange={changed(setText)}
              />
            </View>
            <View className='card'>
              <View className='title'>{t('complaints.photos')}</View>
              <View className='muted complain-photos-hint'>{t('complaints.photosHint', { n: MAX_PHOTOS })}</View>
              <AttachmentPicker max={MAX_PHOTOS} onChange={changed(setPhotos)} />
            </View>
            <View className='card'>
              <Field
                label={t('complaints.phone')}
                value={phone}
                onChange={changed(setPhone)}
                type='number'
                maxlength={PHONE_DIGITS}
                placeholder={phoneMasked ?? t('book.phonePlaceholder')}
                className='complain-phone'
              />
              {phoneMasked && <View className='muted'>{t('book.phoneAccount', { phone: phoneMasked })}</View>}
              <WechatPhoneOffer className='complain-wechat-phone' />
              <CheckboxGroup onChange={(e) => changed(setAllowContact)(e.detail.value.includes('allow'))}>
                <Label className='complain-allow'>
                  <Checkbox value='allow' checked={allowContact} className='complain-allow-box' />
                  <Text>{t('complaints.allowContact')}</Text>
                </Label>
              </CheckboxGroup>
              <View className='muted complain-privacy'>{t('complaints.privacy')}</View>
            </View>
            {error && (
              <View className='error-text' role='alert'>
                {error}
              </View>
            )}
            <Button className='complain-submit' busy={busy} onClick={() => void submit()}>
              {t('complaints.submit')}
            </Button>
          </>
        )}
      </Sensitive>
    </Page>
  )
}
