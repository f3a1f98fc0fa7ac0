import { groupedNumber } from '@pocket/contract/request-number'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { Complaint } from '@pocket/contract'
import { formRules } from '@pocket/contract/form-rules'
import Button from '@/components/Button'
import PhotoGrid from '@/components/PhotoGrid'
import StateView from '@/components/StateView'
import Tappable from '@/components/Tappable'
import TextBox from '@/components/TextBox'
import { useResource } from '@/hooks/useResource'
import { useSubmit } from '@/hooks/useSubmit'
import { formatDateTime, formatLastDay } from '@/i18n'
import { complaintDeskApi } from '@/services/complaints'
import { useT } from '../i18n'

/** Whom a complaint is about, as the office reads it. */
function aboutLine(c: Complaint, t: ReturnType<typeof useT>): string {
  if (c.subject.about === 'practitioner') return t('complaintDesk.about.practitioner', { name: c.subject.name })
  if (c.subject.about === 'request') return t('complaintDesk.about.request', { number: groupedNumber(c.subject.id) })
  return t('complaintDesk.about.institution')
}

function ComplaintRow({ c, onChanged }: { c: Complaint; onChanged(): void }) {
  const t = useT()
  const awaiting = c.status === 'submitted' || c.status === 'review_requested'
  const [open, setOpen] = useState(awaiting)
  const [text, setText] = useState('')
  const { run, busy, error, setError } = useSubmit()

  const answer = async () => {
    if (text.trim().length < formRules.answerComplaint.text.min) return setError(t('complaintDesk.answerTooShort'))
    await run(async () => {
      await complaintDeskApi.answer(c.number, text.trim())
      setText('')
      void Taro.showToast({ title: t('complaintDesk.sent'), icon: 'none' })
      onChanged()
    })
  }

  const last = c.reviewAnswer ?? c.answer
  return (
    <View className={`desk-row complaint-desk-row complaint-desk-${c.number}`}>
      <Tappable className='desk-row-head' onTap={() => setOpen(!open)}>
        <Text>
          {aboutLine(c, t)} · {t(`complaints.category.${c.category}`)}
        </Text>
        <Text className='desk-status'>{t(`status.${c.status}`)}</Text>
      </Tappable>
      <View className='muted'>
        {groupedNumber(c.number)} · {formatDateTime(Date.parse(c.createdAt))}
      </View>
      {c.deadline.dueAt && (
        <View className={`complaint-desk-due inbox-deadline-${c.deadline.state}`}>
          {t('complaints.due', { due: formatLastDay(Date.parse(c.deadline.dueAt)) })}
          {c.deadline.state === 'due_soon' || c.deadline.state === 'overdue'
            ? ` · ${t(`inbox.deadline.${c.deadline.state}`)}`
            : ''}
        </View>
      )}
      {open && (
        <View className='complaint-desk-detail'>
          <Text userSelect>{c.text}</Text>
          <PhotoGrid files={c.photos} />
          {(c.contactPhone || awaiting) && (
            <View className='muted'>
              {c.contactPhone ? t('complaintDesk.contact', { phone: c.contactPhone }) : t('complaintDesk.noContact')}
            </View>
          )}
          {c.review && (
            <View className='complaint-desk-review'>{t('complaintDesk.review', { text: c.review.text })}</View>
          )}
          {last && !awaiting && <View className='muted'>{t('complaintDesk.answered', { text: last.text })}</View>}
        </View>
      )}
      {awaiting && (
        <>
          <TextBox
            className='complaint-desk-text'
            value={text}
            maxlength={formRules.answerComplaint.text.max}
            placeholder={t('complaintDesk.answerPlaceholder')}
            onChange={setText}
          />
          {error && (
            <View className='error-text' role='alert'>
              {error}
            </View>
          )}
          <Button className='complaint-desk-answer' busy={busy} onClick={() => void answer()}>
            {t(c.status === 'review_requested' ? 'complaintDesk.answerReview' : 'complaintDesk.answer')}
          </Button>
        </>
      )}
    </View>
  )
}

/**
 * The complaints about the staff member's office and its people: those awaiting an answer first,
 * soonest due at the top; what was said and the photos, a phone only when the complainant allowed it.
 */
export default function ComplaintDesk() {
  const t = useT()
  const list = useResource('complaint-desk', () => complaintDeskApi.list())
  const items = list.data?.items ?? []
  return (
    <View className='card desk complaint-desk'>
      <View className='title'>{t('complaintDesk.title')}</View>
      <StateView resource={list} empty={items.length === 0} emptyText={t('complaintDesk.empty')} />
      {items.map((c) => (
        <ComplaintRow key={c.number} c={c} onChanged={list.reload} />
      ))}
    </View>
  )
}
