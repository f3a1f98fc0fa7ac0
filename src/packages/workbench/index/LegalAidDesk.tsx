import { groupedNumber } from '@pocket/contract/request-number'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { LegalAidAction, LegalAidApplication } from '@pocket/contract'
import { formRules } from '@pocket/contract/form-rules'
import Button from '@/components/Button'
import Field from '@/components/Field'
import PhotoGrid from '@/components/PhotoGrid'
import StateView from '@/components/StateView'
import { useResource } from '@/hooks/useResource'
import { formatDateTime, useT } from '@/i18n'
import { useSubmit } from '@/hooks/useSubmit'
import { legalAidDeskApi } from '@/services/legal-aid'
import Tappable from '@/components/Tappable'

/** The next steps an application can take, by its status; reject and assign need a text. */
const NEXT: Partial<Record<LegalAidApplication['status'], LegalAidAction[]>> = {
  submitted: ['review'],
  reviewing: ['accept', 'reject'],
  accepted: ['assign'],
  assigned: ['close'],
}
const NEEDS_TEXT: Partial<Record<LegalAidAction, 'reason' | 'assignee'>> = { reject: 'reason', assign: 'assignee' }

function Application({ a, onChanged }: { a: LegalAidApplication; onChanged(): void }) {
  const t = useT()
  const [open, setOpen] = useState(false)
  const [text, setText] = useState('')
  const { run, busyWith, error, setError } = useSubmit()
  const actions = NEXT[a.status] ?? []
  const textFor = actions.map((x) => NEEDS_TEXT[x]).find(Boolean)

  const act = async (action: LegalAidAction) => {
    const field = NEEDS_TEXT[action]
    if (field && text.trim().length < formRules.staffLegalAidAction[field].min)
      return setError(t(field === 'reason' ? 'aidDesk.reasonRequired' : 'aidDesk.assigneeRequired'))
    await run(
      async () => {
        await legalAidDeskApi.act(a.number, action, field ? { [field]: text.trim() } : {})
        setText('')
        void Taro.showToast({ title: t(`aidDesk.done.${action}`), icon: 'none' })
        onChanged()
      },
      { what: action },
    )
  }

  return (
    <View className={`desk-row aid-desk-row aid-desk-${a.number}`}>
      <Tappable className='desk-row-head' onTap={() => setOpen(!open)}>
        <Text>
          {a.applicantName} · {t(`aid.caseType.${a.caseType}`)}
        </Text>
        <Text className='desk-status'>{t(`status.${a.status}`)}</Text>
      </Tappable>
      <View className='muted'>
        {groupedNumber(a.number)} · {formatDateTime(Date.parse(a.createdAt))}
      </View>
      {open && (
        <View className='aid-desk-detail'>
          <View>{a.summary}</View>
          <View className='muted'>
            {t(`aid.hardshipBasis.${a.hardship.basis}`)}
            {a.hardship.note ? ` · ${a.hardship.note}` : ''} · {a.idNumberMasked} · {a.contactPhone}
          </View>
          <PhotoGrid files={a.attachments} />
        </View>
      )}
      {textFor && (
        <Field
          label={t(textFor === 'reason' ? 'aidDesk.reason' : 'aidDesk.assignee')}
          value={text}
          onChange={setText}
          maxlength={formRules.staffLegalAidAction[textFor].max}
          placeholder={t(textFor === 'reason' ? 'aidDesk.reasonPlaceholder' : 'aidDesk.assigneePlaceholder')}
          className='aid-desk-text'
        />
      )}
      {error && (
        <View className='error-text' role='alert'>
          {error}
        </View>
      )}
      {actions.length > 0 && (
        <View className='aid-desk-actions'>
          {actions.map((action) => (
            <Button
              key={action}
              variant={action === 'reject' ? 'plain' : 'primary'}
              className={`aid-desk-${action}`}
              busy={busyWith === action}
              onClick={() => void act(action)}
            >
              {t(`aidDesk.action.${action}`)}
            </Button>
          ))}
        </View>
      )}
    </View>
  )
}

/** The legal aid applications sent to the staff member's office, open ones first, moved step by step. */
export default function LegalAidDesk() {
  const t = useT()
  const list = useResource('legal-aid-desk', () => legalAidDeskApi.list())
  const items = list.data?.items ?? []
  return (
    <View className='card desk aid-desk'>
      <View className='title'>{t('aidDesk.title')}</View>
      <StateView resource={list} empty={items.length === 0} emptyText={t('aidDesk.empty')} />
      {items.map((a) => (
        <Application key={a.number} a={a} onChanged={list.reload} />
      ))}
    </View>
  )
}
