import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import type { ServiceGuide } from '@pocket/contract'
import Button from '@/components/Button'
import Page from '@/components/Page'
import StateView from '@/components/StateView'
import { useResource } from '@/hooks/useResource'
import { useT, type MessageKey } from '@/i18n'
import { bookingApi } from '@/services/booking'
import { goTo } from '@/services/session'
import { useSession } from '@/stores/session'
import { formatNotice } from '../notice'
import './index.scss'

const SECTIONS: [keyof ServiceGuide, MessageKey][] = [
  ['legalBasis', 'item.legalBasis'],
  ['conditions', 'item.conditions'],
  ['materials', 'item.materials'],
  ['steps', 'item.steps'],
  ['timeLimit', 'item.timeLimit'],
  ['fees', 'item.fees'],
]

/** A service item's guide (办事指南), where it is handled, and the action that fits it. */
export default function ServiceItem() {
  const t = useT()
  const code = useRouter().params.code ?? ''
  const region = useSession((s) => s.me?.village?.code)
  const signedIn = useSession((s) => !!s.accessToken)
  const item = useResource(`item:${code}`, () => bookingApi.item(code), { persist: true })
  const where = useResource(`item-booking:${code}:${region ?? ''}`, () => bookingApi.itemBooking(code, { region }))

  const book = () => (signedIn ? goTo('book', { item: code }) : goTo('login'))
  const apply = () => (signedIn ? goTo('applyLegalAid') : goTo('login'))
  const appliesOnline = item.data?.category === 'legal_aid'

  return (
    <Page className='item' title='item.title'>
      <StateView resource={item} />
      {item.data && (
        <>
          <View className='card'>
            <View className='title'>{item.data.name}</View>
            <View className='muted'>{item.data.summary}</View>
          </View>
          {SECTIONS.map(([field, label]) => {
            const value = item.data?.guide[field] ?? ''
            const lines = Array.isArray(value) ? value : [value]
            return (
              <View key={field} className='card item-section'>
                <View className='item-section-title'>{t(label)}</View>
                {lines.map((line, i) => (
                  <View key={i} className='item-line'>
                    {lines.length > 1 && <Text className='item-index'>{i + 1}. </Text>}
                    <Text>{line}</Text>
                  </View>
                ))}
              </View>
            )
          })}
        </>
      )}
      {where.data && where.data.institutions.length > 0 && (
        <View className='card item-section'>
          <View className='item-section-title'>{t('item.where')}</View>
          {where.data.institutions.map((i) => (
            <View key={i.id} className='item-place'>
              <View>{i.name}</View>
              <View className='muted'>
                {i.address} · {i.phone}
              </View>
              <View className='muted item-rating'>
                {i.rating.average === null
                  ? t('rating.none')
                  : t('rating.summary', { average: i.rating.average.toFixed(1), count: i.rating.count })}
              </View>
            </View>
          ))}
        </View>
      )}
      {where.data && (
        <View className='item-actions'>
          {appliesOnline && (
            <Button className='item-apply' onClick={apply}>
              {t('item.apply')}
            </Button>
          )}
          {where.data.rule ? (
            <>
              <View className='muted item-rule'>{formatNotice(where.data.rule)}</View>
              <Button className='item-book' variant={appliesOnline ? 'plain' : 'primary'} onClick={book}>
                {t('item.book')}
              </Button>
            </>
          ) : (
            <View className='muted'>{t('item.noBooking')}</View>
          )}
        </View>
      )}
    </Page>
  )
}
