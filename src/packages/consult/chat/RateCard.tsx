import { Text, Textarea, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { Consultation } from '@pocket/contract'
import Button from '@/components/Button'
import Stars from '@/components/Stars'
import { useT } from '@/i18n'
import { messageOf } from '@/services/api-error'
import { consultApi } from '@/services/consult'
import { named } from '@/components/a11y'

/** After the adviser resolved it: the resident gives 1–5 stars and, if they like, a few words. */
export default function RateCard({ c, onRated }: { c: Consultation; onRated(c: Consultation): void }) {
  const t = useT()
  const [score, setScore] = useState(0)
  const [comment, setComment] = useState('')
  const [busy, setBusy] = useState(false)
  if (c.rating)
    return <View className='chat-rate muted'>{t('chat.rate.done', { stars: '★'.repeat(c.rating.score) })}</View>
  const submit = async () => {
    setBusy(true)
    try {
      onRated(await consultApi.rate(c.id, { score, comment }))
    } catch (err) {
      void Taro.showToast({ title: messageOf(err), icon: 'none' })
    } finally {
      setBusy(false)
    }
  }
  return (
    <View className='chat-rate'>
      <Text>{t('chat.rate.title')}</Text>
      <Stars score={score} onPick={setScore} />
      <Textarea
        className='input chat-rate-comment'
        value={comment}
        maxlength={200}
        placeholder={t('chat.rate.placeholder')}
        {...named(t('chat.rate.placeholder'))}
        onInput={(e) => setComment(e.detail.value)}
      />
      <Button disabled={score === 0 || busy} onClick={() => void submit()}>
        {t('chat.rate.submit')}
      </Button>
    </View>
  )
}
