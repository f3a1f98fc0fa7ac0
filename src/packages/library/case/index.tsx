import { View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import Page from '@/components/Page'
import StateView from '@/components/StateView'
import { useResource } from '@/hooks/useResource'
import { useT } from '../i18n'
import { libraryApi } from '@/services/library'
import { goTo } from '@/services/session'
import { Row, Disclaimer } from '../Parts'
import './index.scss'

/** An example case: what happened, how it was decided and why, and the articles it applies (each opens). */
export default function LegalCase() {
  const t = useT()
  const id = useRouter().params.id ?? ''
  const found = useResource(id && `library-case:${id}`, () => libraryApi.legalCase(id), { persist: true })
  const c = found.data
  return (
    <Page className='legal-case' title='library.caseTitle'>
      <StateView resource={found} skeleton={{ rows: 6, rowHeight: 120 }} />
      {c && (
        <>
          <View className='card'>
            <View className='title'>{c.title}</View>
            <View className='muted'>{c.category}</View>
          </View>
          {c.sections.map((s, i) => (
            <View key={i} className='card'>
              {s.heading && <View className='case-heading'>{s.heading}</View>}
              {s.paragraphs.map((p, j) => (
                <View key={j} className='case-paragraph'>
                  {p}
                </View>
              ))}
            </View>
          ))}
          {c.articles.length > 0 && (
            <View className='card'>
              <View className='title'>{t('library.articlesApplied')}</View>
              {c.articles.map((a) => (
                <Row key={a.id} className='case-article' onTap={() => goTo('article', { id: a.id })}>
                  {a.citation}
                </Row>
              ))}
            </View>
          )}
          <Disclaimer />
        </>
      )}
    </Page>
  )
}
