import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { Consultation } from '@pocket/contract'
import { formRules } from '@pocket/contract/form-rules'
import Button from '@/components/Button'
import Stars from '@/components/Stars'
import { useT } from '@/i18n'
import { useSubmit } from '@/hooks/useSubmit'
import { consultApi } from '@/services/consult'
import TextBox from '@/components/TextBox'

/** After the adviser resolved it: the resident gives 1–5 stars and, if they like, a few words. */
export default function RateCard({ c, onRated }: { c: Consultation; onRated(c: Consultation): void }) {
  const t = useT()
  const [score, setScore] = useState(0)
  const [comment, setComment] = useState('')
  // A card in the conversation, with no error line of its own: a refusal is said in a toast.
  const { run, busy } = useSubmit({ toast: true })
  if (c.rating)
    return <View className='chat-rate muted'>{t('chat.rate.done', { stars: '★'.repeat(c.rating.score) })}</View>
  const submit = () => run(async () => onRated(await consultApi.rate(c.id, { score, comment })))
  return (
    <View className='chat-rate'>
      <Text>{t('chat.rate.title')}</Text>
      <Stars score={score} onPick={setScore} />
      <TextBox
        className='chat-rate-comment'
        value={comment}
        maxlength={formRules.rateConsultation.comment.max}
        placeholder={t('chat.rate.placeholder')}
        onChange={setComment}
      />
      <Button disabled={score === 0 || busy} onClick={() => void submit()}>
        {t('chat.rate.submit')}
      </Button>
    </View>
  )
}
