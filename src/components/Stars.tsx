import { Text, View } from '@tarojs/components'
import { useT } from '@/i18n'
import './Stars.scss'

/** 1–5 stars, large enough for an elderly thumb; tappable when `onPick` is given, else shown as given. */
export default function Stars({ score, onPick }: { score: number; onPick?(n: number): void }) {
  const t = useT()
  return (
    <View className='rating-stars'>
      {[1, 2, 3, 4, 5].map((n) => (
        <Text
          key={n}
          className={`rating-star ${n <= score ? 'rating-star-on' : ''}`}
          aria-label={t('rating.star', { n })}
          onClick={onPick ? () => onPick(n) : undefined}
        >
          ★
        </Text>
      ))}
    </View>
  )
}
