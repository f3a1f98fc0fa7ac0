import { View } from '@tarojs/components'
import { useState } from 'react'
import type { Rating, RatingTag } from '@pocket/contract'
import { RATING_TAGS } from '@pocket/contract/constants'
import { formRules } from '@pocket/contract/form-rules'
import Button from '@/components/Button'
import Stars from '@/components/Stars'
import { useT } from '@/i18n'
import { useSubmit } from '@/hooks/useSubmit'
import { ratingsApi } from '@/services/ratings'
import Tappable from '@/components/Tappable'
import TextBox from '@/components/TextBox'
import './RatingForm.scss'

/** Stars 1–5, tags and a comment for a finished service or an answered complaint; shows the rating once given. */
export default function RatingForm({
  number,
  rating,
  onRated,
  title,
  prompt,
}: {
  number: string
  rating: Rating | null
  onRated(): void
  /** What is rated, where it is not a service (an answer to a complaint). */
  title?: string
  prompt?: string
}) {
  const t = useT()
  const [score, setScore] = useState(0)
  const [tags, setTags] = useState<RatingTag[]>([])
  const [comment, setComment] = useState('')
  const { run, busy, error, setError } = useSubmit()

  const shown = rating?.score ?? score
  const stars = <Stars score={shown} onPick={rating ? undefined : setScore} />
  if (rating) {
    return (
      <View className='card rating'>
        <View className='title'>{title ?? t('rating.title')}</View>
        {stars}
        {rating.tags.length > 0 && (
          <View className='muted'>{rating.tags.map((tag) => t(`rating.tag.${tag}`)).join(' · ')}</View>
        )}
        {rating.comment && <View>{rating.comment}</View>}
      </View>
    )
  }

  const toggle = (tag: RatingTag) => setTags(tags.includes(tag) ? tags.filter((x) => x !== tag) : [...tags, tag])
  const submit = async () => {
    if (!score) return setError(t('rating.pickScore'))
    await run(async () => {
      await ratingsApi.rate({ number, score, tags, comment })
      onRated()
    })
  }

  return (
    <View className='card rating'>
      <View className='title'>{title ?? t('rating.title')}</View>
      <View className='muted'>{prompt ?? t('rating.prompt')}</View>
      {stars}
      <View className='rating-tags'>
        {RATING_TAGS.map((tag) => (
          <Tappable
            inline
            key={tag}
            className={`rating-tag ${tags.includes(tag) ? 'rating-tag-on' : ''}`}
            onTap={() => toggle(tag)}
          >
            {t(`rating.tag.${tag}`)}
          </Tappable>
        ))}
      </View>
      <TextBox
        className='rating-comment'
        value={comment}
        maxlength={formRules.rate.comment.max}
        placeholder={t('rating.comment')}
        onChange={setComment}
      />
      {error && (
        <View className='error-text' role='alert'>
          {error}
        </View>
      )}
      <Button className='rating-submit' busy={busy} onClick={() => void submit()}>
        {t('rating.submit')}
      </Button>
    </View>
  )
}
