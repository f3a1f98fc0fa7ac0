import { View } from '@tarojs/components'
import type { CaseSummary, SnippetPart } from '@pocket/contract'
import { formRules } from '@pocket/contract/form-rules'
import Page from '@/components/Page'
import SearchBox from '@/components/SearchBox'
import StateView from '@/components/StateView'
import { useResource } from '@/hooks/useResource'
import { useSearchText } from '@/hooks/useSearchText'
import { useT } from '../i18n'
import { libraryApi } from '@/services/library'
import { goTo } from '@/services/session'
import { Row } from '../Parts'
import Snippet from '../Snippet'

/** 典型案例: every example case by its field, or those that match what the person types. */
export default function Cases() {
  const t = useT()
  const search = useSearchText()
  const { q } = search
  const all = useResource('library-cases', libraryApi.cases, { persist: true })
  const found = useResource(q && `library-case-search:${q}`, () => libraryApi.searchCases(q))
  const shown = q ? found : all
  const items: (CaseSummary & { snippet?: SnippetPart[] })[] = q ? (found.data?.items ?? []) : (all.data?.items ?? [])
  return (
    <Page className='cases' title='library.casesTitle'>
      <View className='card'>
        <SearchBox
          search={search}
          className='cases-search'
          placeholder={t('library.casesHint')}
          maxlength={formRules.libraryCaseSearch.q.max}
        />
      </View>
      <View className='card'>
        <StateView
          resource={shown}
          empty={items.length === 0}
          emptyText={t('library.noMatch')}
          skeleton={{ rows: 6, rowHeight: 90 }}
        />
        {items.map((c) => (
          <Row key={c.id} className='cases-item' onTap={() => goTo('legalCase', { id: c.id })}>
            <View className='lib-citation'>{c.title}</View>
            <View className='muted'>{c.category}</View>
            {c.snippet && <Snippet parts={c.snippet} />}
          </Row>
        ))}
      </View>
    </Page>
  )
}
