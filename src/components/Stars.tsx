import { View } from '@tarojs/components'
import { useT } from '@/i18n'
import './Stars.scss'
import Tappable from '@/components/Tappable'

/** 1–5 stars, large enough for an elderly thumb; tappable when `onPick` is given, else shown as given. */
export default function Stars({ score, onPick }: { score: number; onPick?(n: number): void }) {
  const t = useT()
  return (
    <View className='rating-stars'>
      {[1, 2, 3, 4, 5].map((n) => (
        <Tappable
          inline
          key={n}
          className={`rating-star ${n <= score ? 'rating-star-on' : ''}`}
          label={t('rating.star', { n })}
          onTap={onPick ? () => onPick(n) : undefined}
        >
          ★
        </Tappable>
      ))}
    </View>
  )
}
