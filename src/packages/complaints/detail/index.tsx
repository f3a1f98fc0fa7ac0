import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import type { Complaint, ComplaintWords } from '@pocket/contract'
import { formRules } from '@pocket/contract/form-rules'
import Button from '@/components/Button'
import InfoRow from '@/components/InfoRow'
import Page from '@/components/Page'
import Sensitive, { lockable } from '@/components/Sensitive'
import PhotoGrid from '@/components/PhotoGrid'
import RatingForm from '@/components/RatingForm'
import RequestCode from '@/components/RequestCode'
import StateView from '@/components/StateView'
import TextBox from '@/components/TextBox'
import Timeline from '@/components/Timeline'
import { useOnReturn } from '@/hooks/useOnReturn'
import { useResource } from '@/hooks/useResource'
import { useSubmit } from '@/hooks/useSubmit'
import { formatDateTime, formatLastDay } from '@/i18n'
import { complaintsApi } from '@/services/complaints'
import { useT } from '../i18n'
import { subjectName } from '../subject-name'
import './index.scss'

/** What the office said (or the complainant asked), with when. */
function Words({ title, words, className }: { title: string; words: ComplaintWords; className: string }) {
  return (
    <View className={`card complaint-words ${className}`}>
      <View className='title'>{title}</View>
      <Text userSelect>{words.text}</Text>
      <View className='muted'>{formatDateTime(Date.parse(words.at))}</View>
    </View>
  )
}

/** Where the awaited answer stands against its deadline. */
function Deadline({ c }: { c: Complaint }) {
  const t = useT()
  if (!c.deadline.dueAt) return null
  const due = t('complaints.due', { due: formatLastDay(Date.parse(c.deadline.dueAt)) })
  return (
    <View className={`card complaint-deadline complaint-deadline-${c.deadline.state}`}>
      <View>{t('complaints.waiting', { office: c.subject.institution.name })}</View>
      <View className='complaint-due'>
        {due}
        {c.deadline.state === 'due_soon' && ` · ${t('complaints.dueSoon')}`}
      </View>
      {c.deadline.state === 'overdue' && <View className='complaint-overdue'>{t('complaints.overdue')}</View>}
    </View>
  )
}

/** Once answered and not yet rated: ask once for review, with why. */
function AskReview({ number, onSent }: { number: string; onSent(): void }) {
  const t = useT()
  const [open, setOpen] = useState(false)
  const [text, setText] = useState('')
  const { run, busy, error, setError } = useSubmit()
  const send = async () => {
    if (text.trim().length < formRules.askComplaintReview.text.min) return setError(t('complaints.reviewTooShort'))
    await run(async () => {
      await complaintsApi.askReview(number, text.trim())
      void Taro.showToast({ title: t('complaints.reviewSent'), icon: 'none' })
      onSent()
    })
  }
  return (
    <View className='card complaint-ask-review'>
      <View className='muted'>{t('complaints.reviewHint')}</View>
      {open && (
        <TextBox
          className='complaint-review-text'
          value={text}
          maxlength={formRules.askComplaintReview.text.max}
          placeholder={t('complaints.reviewPlaceholder')}
          onChange={setText}
        />
      )}
      {error && (
        <View className='error-text' role='alert'>
          {error}
        </View>
      )}
      <Button
        variant='plain'
        className='complaint-review-button'
        busy={busy}
        onClick={() => (open ? void send() : setOpen(true))}
      >
        {t('complaints.askReview')}
      </Button>
    </View>
  )
}

/** A complaint as its complainant follows it: number, the deadline, the answers, the rating or a review. */
function ComplaintPage() {
  const t = useT()
  const number = useRouter().params.number ?? ''
  // Not persisted: its photo links expire, and an old copy would show broken photos.
  const complaint = useResource(`complaint:${number}`, () => complaintsApi.get(number))
  useOnReturn(complaint.reload)
  const c = complaint.data
  const answered = c && (c.status === 'answered' || c.status === 'reviewed')

  return (
    <Page className='complaint' title='complaints.detailTitle'>
      <Sensitive>
        <StateView resource={complaint} />
        {c && (
          <>
            <View className='card complaint-head'>
              <View className='title'>{t('requests.kind.complaint')}</View>
              <Text className={`complaint-status complaint-status-${c.status}`}>{t(`status.${c.status}`)}</Text>
            </View>
            <RequestCode number={c.number} name='complaint' />
            <Deadline c={c} />
            {c.answer && <Words title={t('complaints.answer')} words={c.answer} className='complaint-answer' />}
            {c.review && <Words title={t('complaints.review')} words={c.review} className='complaint-review' />}
            {c.reviewAnswer && (
              <Words title={t('complaints.reviewAnswer')} words={c.reviewAnswer} className='complaint-review-answer' />
            )}
            {answered && (
              <RatingForm
                number={c.number}
                rating={c.rating}
                title={t('complaints.rateTitle')}
                prompt={t('complaints.ratePrompt')}
                onRated={() => {
                  void Taro.showToast({ title: t('rating.thanks'), icon: 'success' })
                  complaint.reload()
                }}
              />
            )}
            {c.status === 'answered' && !c.rating && <AskReview number={c.number} onSent={complaint.reload} />}
            <View className='card'>
              <InfoRow label={t('complaints.subject')}>
                <Text>{subjectName(c.subject)}</Text>
              </InfoRow>
              <InfoRow label={t('complaints.answeredBy')}>
                <Text>
                  {c.subject.institution.name}
                  {'\n'}
                  {c.subject.institution.phone}
                </Text>
              </InfoRow>
              <InfoRow label={t('complaints.category')}>
                <Text>{t(`complaints.category.${c.category}`)}</Text>
              </InfoRow>
              <InfoRow label={t('complaints.yourText')}>
                <Text>{c.text}</Text>
              </InfoRow>
              <InfoRow label={t('complaints.submittedAt')}>
                <Text>{formatDateTime(Date.parse(c.createdAt))}</Text>
              </InfoRow>
            </View>
            {c.photos.length > 0 && (
              <View className='card'>
                <View className='title'>{t('complaints.photos')}</View>
                <PhotoGrid files={c.photos} />
              </View>
            )}
            <View className='card'>
              <View className='title'>{t('appointment.progress')}</View>
              <Timeline steps={c.timeline} />
            </View>
          </>
        )}
      </Sensitive>
    </Page>
  )
}

export default lockable(ComplaintPage)
