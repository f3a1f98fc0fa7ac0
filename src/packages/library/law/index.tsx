import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import Page from '@/components/Page'
import StateView from '@/components/StateView'
import { useResource } from '@/hooks/useResource'
import { useT } from '../i18n'
import { libraryApi } from '@/services/library'
import { goTo } from '@/services/session'
import { Row } from '../Parts'
import './index.scss'

/** A law: its title, dates, and its table of contents (编, 章, 节), each section opening at its first article. */
export default function Law() {
  const t = useT()
  const id = useRouter().params.id ?? ''
  const law = useResource(id && `library-law:${id}`, () => libraryApi.law(id), { persist: true })
  const l = law.data
  return (
    <Page className='law' title='library.lawTitle'>
      <StateView resource={law} skeleton={{ rows: 8, rowHeight: 80 }} />
      {l && (
        <>
          <View className='card'>
            <View className='title law-title'>{l.title}</View>
            {!l.inForce && <View className='lib-old law-old'>{t('library.supersededLong')}</View>}
            {l.history.map((e) => (
              <View key={`${e.date}${e.text}`} className='muted law-event'>
                {t('library.eventDate', {
                  y: e.date.slice(0, 4),
                  m: Number(e.date.slice(5, 7)),
                  d: Number(e.date.slice(8, 10)),
                })}{' '}
                {e.text}
              </View>
            ))}
          </View>
          {l.preamble.length > 0 && (
            <View className='card law-preamble'>
              {l.preamble.map((p, i) => (
                <View key={i}>{p}</View>
              ))}
            </View>
          )}
          <View className='card'>
            <View className='title'>{t('library.contents', { count: l.articleCount })}</View>
            {l.sections.map((s) => (
              <Row key={s.first.id} className='law-section' onTap={() => goTo('article', { id: s.first.id })}>
                {s.book && <View className='muted'>{s.book}</View>}
                <View>{s.headings.length ? s.headings.join(' · ') : l.shortTitle}</View>
                <Text className='muted'>
                  {s.first.numberText === s.last.numberText
                    ? s.first.numberText
                    : t('library.articleRange', { first: s.first.numberText, last: s.last.numberText })}
                </Text>
              </Row>
            ))}
          </View>
        </>
      )}
    </Page>
  )
}
