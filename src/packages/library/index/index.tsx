import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { formRules } from '@pocket/contract/form-rules'
import Page from '@/components/Page'
import SearchBox from '@/components/SearchBox'
import StateView from '@/components/StateView'
import Tappable from '@/components/Tappable'
import { useResource } from '@/hooks/useResource'
import { useSearchText } from '@/hooks/useSearchText'
import { useT } from '../i18n'
import { libraryApi } from '@/services/library'
import { goTo } from '@/services/session'
import { Row, Superseded } from '../Parts'
import Snippet from '../Snippet'
import './index.scss'

/** The categories to search within, and whether older versions of laws count: chips over the results. */
function Filters({
  category,
  onCategory,
  withOld,
  onWithOld,
}: {
  category: string | null
  onCategory(c: string | null): void
  withOld: boolean
  onWithOld(on: boolean): void
}) {
  const t = useT()
  const laws = useResource('library-laws', libraryApi.laws, { persist: true })
  const names = [null, ...(laws.data?.categories.map((c) => c.name) ?? [])]
  return (
    <View className='library-filters'>
      {names.map((name) => (
        <Tappable
          inline
          key={name ?? 'all'}
          className={`library-chip ${name === category ? 'library-chip-on' : ''}`}
          checked={name === category}
          onTap={() => onCategory(name)}
        >
          {name ?? t('library.allCategories')}
        </Tappable>
      ))}
      <Tappable
        inline
        className={`library-chip library-with-old ${withOld ? 'library-chip-on' : ''}`}
        checked={withOld}
        onTap={() => onWithOld(!withOld)}
      >
        {t('library.withOld')}
      </Tappable>
    </View>
  )
}

/** The articles that answer, best first, within the category and versions chosen. */
function Results({ q }: { q: string }) {
  const t = useT()
  const [category, setCategory] = useState<string | null>(null)
  const [withOld, setWithOld] = useState(false)
  const status = withOld ? 'all' : 'in-force'
  const found = useResource(`library-search:${q}:${category ?? ''}:${status}`, () =>
    libraryApi.search(q, { status, ...(category ? { category } : {}) }),
  )
  const items = found.data?.items ?? []
  return (
    <View className='card'>
      <Filters category={category} onCategory={setCategory} withOld={withOld} onWithOld={setWithOld} />
      <StateView resource={found} empty={items.length === 0} emptyText={t('library.noMatch')} />
      {found.data?.laws.map((law) => (
        <Row key={law.id} className='lib-law' onTap={() => goTo('law', { id: law.id })}>
          <Text className='lib-citation'>《{law.shortTitle}》</Text>
          <Text className='muted'>{t('library.lawArticles', { count: law.articleCount })}</Text>
        </Row>
      ))}
      {items.map((a) => (
        <Row key={a.id} className='lib-result' onTap={() => goTo('article', { id: a.id })}>
          <View className='lib-citation'>
            {a.citation}
            {!a.inForce && <Superseded />}
          </View>
          <Snippet parts={a.snippet} />
        </Row>
      ))}
    </View>
  )
}

function Catalog() {
  const t = useT()
  const laws = useResource('library-laws', libraryApi.laws, { persist: true })
  const [open, setOpen] = useState<string | null>(null)
  return (
    <View className='card'>
      <View className='title'>{t('library.byCategory')}</View>
      <StateView resource={laws} skeleton={{ rows: 6, rowHeight: 90 }} />
      {laws.data?.categories.map((c) => (
        <View key={c.name}>
          <Tappable
            className='lib-row lib-category'
            checked={open === c.name}
            onTap={() => setOpen(open === c.name ? null : c.name)}
          >
            <Text>{c.name}</Text>
            <Text className='muted lib-count'>{t('library.lawCount', { count: c.laws.length })}</Text>
          </Tappable>
          {open === c.name &&
            c.laws.map((law) => (
              <Row key={law.id} className='lib-law' onTap={() => goTo('law', { id: law.id })}>
                <Text>{law.title}</Text>
                {!law.inForce && <Superseded />}
              </Row>
            ))}
        </View>
      ))}
    </View>
  )
}

/** 法律法规: search the real texts in everyday words, or browse them by category. */
export default function Library() {
  const t = useT()
  const search = useSearchText()
  const { q } = search
  return (
    <Page className='library' title='library.title'>
      <View className='card'>
        <SearchBox
          search={search}
          className='library-search'
          placeholder={t('library.searchHint')}
          maxlength={formRules.librarySearch.q.max}
        />
        <View className='library-links'>
          <Tappable inline className='library-link library-to-ask' onTap={() => goTo('ask')}>
            {t('library.toAsk')}
          </Tappable>
          <Tappable inline className='library-link library-to-cases' onTap={() => goTo('cases')}>
            {t('library.toCases')}
          </Tappable>
        </View>
      </View>
      {q ? <Results q={q} /> : <Catalog />}
    </Page>
  )
}
