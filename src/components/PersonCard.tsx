import { Image, Text, View } from '@tarojs/components'
import type { PersonCard as Person } from '@pocket/contract'
import { useT } from '@/i18n'
import { described } from './a11y'
import './PersonCard.scss'

/** A person with photo (or their surname when there is none), title, institution and masked phone. */
export default function PersonCard({ person, label }: { person: Person; label?: string }) {
  const t = useT()
  return (
    <View className='person-card'>
      {person.photoUrl ? (
        <Image className='person-avatar' src={person.photoUrl} mode='aspectFill' {...described('')} />
      ) : (
        <View className='person-avatar person-avatar-text'>{person.name.slice(0, 1)}</View>
      )}
      <View className='person-body'>
        {label && <View className='muted'>{label}</View>}
        <View className='person-name'>
          <Text>{person.name}</Text>
          {person.isDemo && <Text className='demo-badge'>{t('common.demo')}</Text>}
        </View>
        <View className='muted'>{person.title}</View>
        {person.institution && <View className='muted person-institution'>{person.institution.name}</View>}
        <View className='person-phone'>{person.phoneMasked}</View>
      </View>
    </View>
  )
}
