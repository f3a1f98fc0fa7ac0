import { View } from '@tarojs/components'
import { useState } from 'react'
import type { PublicityTopic } from '@pocket/contract'
import Choice from '@/components/Choice'
import Page from '@/components/Page'
import StateView from '@/components/StateView'
import Tappable from '@/components/Tappable'
import { useResource } from '@/hooks/useResource'
import { publicityApi } from '@/services/publicity'
import { goTo } from '@/services/session'
import { useT } from '../i18n'
import './index.scss'

const TOPICS = ['all', 'family', 'labour', 'land', 'elderly', 'fraud', 'consumer', 'lending'] as const

/** 法治宣传: the articles, newest first, by topic. */
export default function Publicity() {
  const t = useT()
  const [topic, setTopic] = useState<(typeof TOPICS)[number]>('all')
  const chosen: PublicityTopic | undefined = topic === 'all' ? undefined : topic
  const list = useResource(`publicity:${topic}`, () => publicityApi.list(chosen), { persist: true })
  return (
    <Page className='publicity' title='publicity.title'>
      <View className='card'>
        <Choice
          label={t('publicity.topics')}
          className='publicity-topic'
          options={TOPICS}
          value={topic}
          onChange={setTopic}
          text={(k) => (k === 'all' ? t('publicity.allTopics') : t(`publicity.topic.${k}`))}
        />
      </View>
      <StateView resource={list} empty={list.data?.items.length === 0} emptyText={t('publicity.none')} />
      {list.data?.items.map((a) => (
        <Tappable
          key={a.id}
          className={`card publicity-row publicity-${a.id}`}
          onTap={() => goTo('publicityArticle', { id: a.id })}
        >
          <View className='title'>{a.title}</View>
          <View className='publicity-summary'>{a.summary}</View>
          <View className='muted'>
            {t(`publicity.topic.${a.topic}`)} · {t('publicity.published', { date: a.publishedOn })}
          </View>
        </Tappable>
      ))}
    </Page>
  )
}
