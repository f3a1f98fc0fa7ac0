import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import type { PeopleQuery, PersonKind } from '@pocket/contract'
import { formRules } from '@pocket/contract/form-rules'
import Choice from '@/components/Choice'
import Page from '@/components/Page'
import SearchBox from '@/components/SearchBox'
import StateView from '@/components/StateView'
import { useResource } from '@/hooks/useResource'
import { useSearchText } from '@/hooks/useSearchText'
import { directoryApi } from '@/services/directory'
import { goTo } from '@/services/session'
import { DemoTag, Row } from '../Parts'
import { useT } from '../i18n'

const KINDS = ['all', 'lawyer', 'notary', 'mediator', 'legal_worker', 'adviser'] as const

/** 找法律服务人员: by kind and by words of the name, the institution or a specialty. */
export default function People() {
  const t = useT()
  const params = useRouter().params as { kind?: PersonKind }
  const search = useSearchText()
  const [kind, setKind] = useState<(typeof KINDS)[number]>((params.kind as (typeof KINDS)[number]) ?? 'all')
  const query: PeopleQuery = { kind: kind === 'all' ? undefined : kind, q: search.q || undefined }
  const list = useResource(`people:${JSON.stringify(query)}`, () => directoryApi.people(query))
  return (
    <Page className='people' title='directory.peopleTitle'>
      <View className='card'>
        <SearchBox
          search={search}
          className='people-search'
          placeholder={t('directory.searchPeople')}
          maxlength={formRules.people.q.max}
        />
        <Choice
          label={t('directory.kind')}
          className='people-kind'
          options={KINDS}
          value={kind}
          onChange={setKind}
          text={(k) => (k === 'all' ? t('directory.allKinds') : t(`directory.personKind.${k}`))}
        />
      </View>
      <StateView resource={list} empty={list.data?.items.length === 0} emptyText={t('directory.nonePeople')} />
      {list.data?.items.map((p) => (
        <Row key={p.id} className={`people-row people-${p.id}`} onTap={() => goTo('practitioner', { id: p.id })}>
          <View className='dir-name'>
            {p.name}
            {p.practiceStatus !== 'practising' && (
              <Text className='dir-tag dir-status-off'>{t(`directory.status.${p.practiceStatus}`)}</Text>
            )}
            <DemoTag shown={p.isDemo} />
          </View>
          <View className='muted'>
            {t(`directory.personKind.${p.kind}`)}
            {p.institution && ` · ${p.institution.name}`}
          </View>
          {p.specialties.length > 0 && <View className='muted'>{p.specialties.join('、')}</View>}
        </Row>
      ))}
    </Page>
  )
}
