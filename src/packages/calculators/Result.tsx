import { Text, View } from '@tarojs/components'
import type { CalcFigureUsed, CalcItem, CalcProvision, CalcResult } from '@pocket/contract'
import Tappable from '@/components/Tappable'
import { useT, type CalculatorsKey } from './i18n'
import { formatYuan } from '@/i18n/format'
import { goTo } from '@/services/session'
import './Result.scss'

function useCitation(): (p: CalcProvision) => string {
  const t = useT()
  return (p) => {
    const law = t(`calc.law.${p.law}`)
    return p.clause === null
      ? t('calc.citation', { law, article: p.article })
      : t('calc.citationClause', { law, article: p.article, clause: p.clause })
  }
}

/** A line of the answer: what it is, how much, how it was worked out, and the provision (opens it where the library has it). */
function Line({ item }: { item: CalcItem }) {
  const t = useT()
  const citation = useCitation()(item.provision)
  const { articleId } = item.provision
  return (
    <View className={`calc-item calc-item-${item.kind} calc-${item.name}`}>
      <View className='calc-item-head'>
        <Text className='calc-item-name'>{t(`calc.item.${item.name}`)}</Text>
        <Text className='calc-item-amount'>
          {formatYuan(item.amount)}
          {t('calc.yuanUnit')}
          {item.kind === 'monthly' ? ` / ${t('calc.monthly')}` : ''}
        </Text>
      </View>
      <View className='calc-item-step'>
        {t(`calc.step.${item.arithmetic.step}` as CalculatorsKey, item.arithmetic.values)}
      </View>
      {articleId ? (
        <Tappable className='calc-provision calc-provision-link' onTap={() => goTo('article', { id: articleId })}>
          {t('calc.provision', { citation })}
        </Tappable>
      ) : (
        <View className='calc-provision'>{t('calc.provision', { citation })}</View>
      )}
    </View>
  )
}

/** A figure the answer used: the person's own, or the data center's with its year, source and demo mark. */
function Figure({ figure }: { figure: CalcFigureUsed }) {
  const t = useT()
  return (
    <View className={`calc-figure calc-figure-${figure.name}`}>
      <View>{t('calc.figureLine', { name: t(`calc.figure.${figure.name}`), value: figure.value })}</View>
      <View className='muted'>
        {figure.entered ? t('calc.figureEntered') : t('calc.figureYear', { year: figure.year, source: figure.source })}
        {figure.isDemo && <Text className='calc-demo'>{t('common.demo')}</Text>}
      </View>
      {!figure.entered && figure.year < figure.wanted && (
        <View className='muted calc-figure-old'>
          {t('calc.figureNotYet', { wanted: figure.wanted, year: figure.year })}
        </View>
      )}
    </View>
  )
}

/** The answer: the total first, large; then each line step by step; then the figures it rests on. */
export default function Result({ result }: { result: CalcResult }) {
  const t = useT()
  return (
    <View className='card calc-result' role='region' aria-label={t('calc.detail')}>
      <View className='calc-total'>
        <View className='muted'>{t('calc.total')}</View>
        <View className='calc-total-amount'>
          {formatYuan(result.total)}
          <Text className='calc-total-unit'>{t('calc.yuanUnit')}</Text>
        </View>
        <View className='muted'>{t('calc.totalHint')}</View>
      </View>
      <View className='title calc-detail-title'>{t('calc.detail')}</View>
      {result.items.map((item, i) => (
        <Line key={`${item.name}-${i}`} item={item} />
      ))}
      {result.figures.length > 0 && (
        <View className='calc-figures'>
          <View className='title'>{t('calc.figuresUsed')}</View>
          {result.figures.map((f) => (
            <Figure key={f.name} figure={f} />
          ))}
        </View>
      )}
    </View>
  )
}
