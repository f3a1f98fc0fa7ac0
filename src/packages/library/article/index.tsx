import { View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import Button from '@/components/Button'
import Page from '@/components/Page'
import StateView from '@/components/StateView'
import Tappable from '@/components/Tappable'
import { useResource } from '@/hooks/useResource'
import { useT } from '../i18n'
import { ShareButton, useShareCard } from '@/platform/share'
import { libraryApi } from '@/services/library'
import { goTo, replaceWith } from '@/services/session'
import { Row, Superseded, Disclaimer } from '../Parts'
import './index.scss'

/** An article as the law gives it: its citation, where it sits, its text, its neighbours, the cases applying it. */
export default function Article() {
  const t = useT()
  const id = useRouter().params.id ?? ''
  const article = useResource(id && `library-article:${id}`, () => libraryApi.article(id), { persist: true })
  const a = article.data
  useShareCard(a ? { title: a.citation, page: 'article', params: { id } } : null)

  const copy = () => {
    if (!a) return
    void Taro.setClipboardData({ data: `${a.citation}\n${a.paragraphs.join('\n')}` })
      .then(() => Taro.showToast({ title: t('library.copied'), icon: 'none' }))
      .catch(() => undefined)
  }

  return (
    <Page className='article' title='library.articleTitle'>
      <StateView resource={article} skeleton={{ rows: 4, rowHeight: 120 }} />
      {a && (
        <>
          <View className='card'>
            <Tappable className='muted article-law' onTap={() => goTo('law', { id: a.lawId })}>
              {[a.lawTitle, a.book, ...a.headings].filter(Boolean).join(' · ')}
            </Tappable>
            <View className='title article-citation'>
              {a.citation}
              {!a.inForce && <Superseded />}
            </View>
            {a.paragraphs.map((p, i) => (
              <View key={i} className='article-paragraph'>
                {p}
              </View>
            ))}
            <View className='article-actions'>
              <Button variant='plain' className='article-copy' onClick={copy}>
                {t('library.copy')}
              </Button>
              <ShareButton className='article-share' label={t('library.share')} />
            </View>
          </View>
          <View className='article-nav'>
            {a.previous ? (
              <Tappable className='article-prev' onTap={() => replaceWith('article', { id: a.previous!.id })}>
                {t('library.previous', { number: a.previous.numberText })}
              </Tappable>
            ) : (
              <View />
            )}
            {a.next && (
              <Tappable className='article-next' onTap={() => replaceWith('article', { id: a.next!.id })}>
                {t('library.next', { number: a.next.numberText })}
              </Tappable>
            )}
          </View>
          {a.cases.length > 0 && (
            <View className='card'>
              <View className='title'>{t('library.casesApplying')}</View>
              {a.cases.map((c) => (
                <Row key={c.id} className='article-case' onTap={() => goTo('legalCase', { id: c.id })}>
                  {c.title}
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
