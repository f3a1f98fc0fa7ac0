import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { AskAnswer } from '@pocket/contract'
import { formRules } from '@pocket/contract/form-rules'
import Button from '@/components/Button'
import Page from '@/components/Page'
import TextBox from '@/components/TextBox'
import { useResource } from '@/hooks/useResource'
import { useSubmit } from '@/hooks/useSubmit'
import { useT } from '../i18n'
import { HOTLINE } from '@/services/callbacks'
import { directoryApi } from '@/services/directory'
import { libraryApi } from '@/services/library'
import { goTo } from '@/services/session'
import { useConsult } from '@/stores/consult'
import { useSession } from '@/stores/session'
import { Disclaimer, Row } from '../Parts'
import Snippet from '../Snippet'
import './index.scss'

/** What the answer found, as retrieved: the common question's answer, the articles, a case, where to go. */
function Answer({ answer, asked }: { answer: AskAnswer; asked: string }) {
  const t = useT()
  const me = useSession((s) => s.me)
  const catalog = useResource('catalog', directoryApi.catalog, { persist: true })
  const nameOf = (code: string | null) =>
    catalog.data?.items.find((i) => i.code === code)?.name ?? t('library.theService')
  // The question goes with the person into the chat, into the composer, for them to send or change.
  const toAdviser = () => {
    useConsult.getState().carry(t('library.carried', { question: asked }))
    goTo(me ? 'chat' : 'login')
  }
  const residentOrGuest = !me || me.role === 'resident'
  return (
    <>
      {!answer.answered && (
        <View className='card ask-none'>
          <View className='title'>{t('library.noAnswer')}</View>
          <View className='muted'>{t('library.noAnswerHint')}</View>
        </View>
      )}
      {answer.question && (
        <View className='card ask-common'>
          <View className='muted'>{t('library.commonQuestion', { question: answer.question.question })}</View>
          <View className='ask-answer'>{answer.question.answer}</View>
        </View>
      )}
      {answer.articles.length > 0 && (
        <View className='card'>
          <View className='title'>{t('library.articles')}</View>
          {answer.articles.map((a) => (
            <Row key={a.id} className='ask-article' onTap={() => goTo('article', { id: a.id })}>
              <View className='lib-citation'>{a.citation}</View>
              <Snippet parts={a.snippet} />
            </Row>
          ))}
        </View>
      )}
      {answer.case && (
        <View className='card'>
          <View className='title'>{t('library.relatedCase')}</View>
          <Row className='ask-case' onTap={() => goTo('legalCase', { id: answer.case!.id })}>
            {answer.case.title}
          </Row>
        </View>
      )}
      <View className='card ask-next'>
        <View className='title'>{t('library.whatNext')}</View>
        {answer.services
          .filter((s) => s.kind === 'catalog')
          .map((s) => (
            <Button
              key={s.code ?? ''}
              className='ask-service'
              onClick={() => goTo('serviceItem', { code: s.code ?? '' })}
            >
              {t('library.goService', { name: nameOf(s.code) })}
            </Button>
          ))}
        {residentOrGuest && (
          <Button
            variant={answer.services.some((s) => s.kind === 'catalog') ? 'plain' : 'primary'}
            className='ask-adviser'
            onClick={toAdviser}
          >
            {t('library.askAdviser')}
          </Button>
        )}
        <Button
          variant='plain'
          className='ask-hotline'
          onClick={() => void Taro.makePhoneCall({ phoneNumber: HOTLINE }).catch(() => undefined)}
        >
          {t('home.dial12348')}
        </Button>
      </View>
    </>
  )
}

/** 智能咨询: a question in the person's words, answered only from the common questions and the library. */
export default function Ask() {
  const t = useT()
  const [question, setQuestion] = useState('')
  const [result, setResult] = useState<{ answer: AskAnswer; asked: string } | null>(null)
  const { run, busy, error } = useSubmit()
  const ask = () => {
    const asked = question.trim()
    if (!asked) return
    void run(async () => setResult({ answer: await libraryApi.ask(asked), asked }))
  }
  return (
    <Page className='ask' title='library.askTitle'>
      <View className='card'>
        <View className='muted ask-intro'>{t('library.askIntro')}</View>
        <TextBox
          className='ask-question'
          value={question}
          onChange={setQuestion}
          placeholder={t('library.askHint')}
          maxlength={formRules.libraryAsk.question.max}
        />
        {error && (
          <View className='error-text ask-error' role='alert'>
            {error}
          </View>
        )}
        <Button className='ask-submit' busy={busy} disabled={!question.trim()} onClick={ask}>
          {t('library.askSubmit')}
        </Button>
      </View>
      {result && <Answer answer={result.answer} asked={result.asked} />}
      <Disclaimer className='ask-disclaimer' />
    </Page>
  )
}
