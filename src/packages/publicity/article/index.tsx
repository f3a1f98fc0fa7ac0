import { View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import Page from '@/components/Page'
import StateView from '@/components/StateView'
import Tappable from '@/components/Tappable'
import { useResource } from '@/hooks/useResource'
import { ShareButton, useShareCard } from '@/platform/share'
import { publicityApi } from '@/services/publicity'
import { goTo } from '@/services/session'
import { useT } from '../i18n'
import './index.scss'

/** A 普法 article: its text, the articles of law it rests on (each opens in the library), share. */
export default function PublicityArticle() {
  const t = useT()
  const id = useRouter().params.id ?? ''
  const article = useResource(`publicity-article:${id}`, () => publicityApi.article(id), { persist: true })
  const a = article.data
  useShareCard(a ? { title: a.title, page: 'publicityArticle', params: { id } } : null)
  return (
    <Page className='publicity-article' title='publicity.articleTitle'>
      <StateView resource={article} />
      {a && (
        <>
          <View className='card'>
            <View className='publicity-heading'>{a.title}</View>
            <View className='muted'>
              {t(`publicity.topic.${a.topic}`)} · {t('publicity.published', { date: a.publishedOn })}
            </View>
            {a.paragraphs.map((p, i) => (
              <View key={i} className='publicity-paragraph'>
                {p}
              </View>
            ))}
          </View>
          {a.articles.length > 0 && (
            <View className='card'>
              <View className='title'>{t('publicity.basis')}</View>
              {a.articles.map((c) => (
                <Tappable key={c.id} className='publicity-cited' onTap={() => goTo('article', { id: c.id })}>
                  {c.citation}
                </Tappable>
              ))}
            </View>
          )}
          <View className='card publicity-actions'>
            <ShareButton className='publicity-share' label={t('publicity.share')} />
            <View className='muted'>{t('publicity.askAdviser')}</View>
          </View>
          <View className='muted publicity-note'>{t('publicity.note')}</View>
        </>
      )}
    </Page>
  )
}
