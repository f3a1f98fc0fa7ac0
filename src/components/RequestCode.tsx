import { groupedNumber } from '@pocket/contract/request-number'
import { Text, View } from '@tarojs/components'
import { useT } from '@/i18n'
import './RequestCode.scss'

/**
 * A request's unified number, large and selectable, with how to look its progress up (申请详情,
 * 投诉详情). `name` prefixes the card's and the number's own classes.
 */
export default function RequestCode({ number, name }: { number: string; name: string }) {
  const t = useT()
  return (
    <View className={`card request-code ${name}-code`}>
      <View className='muted'>{t('appointment.number')}</View>
      <Text className={`request-number ${name}-number`} userSelect>
        {groupedNumber(number)}
      </Text>
      <View className='muted'>{t('aid.numberHint')}</View>
    </View>
  )
}
