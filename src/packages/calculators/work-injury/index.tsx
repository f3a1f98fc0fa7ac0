import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { WorkInjuryBody } from '@pocket/contract'
import { localDateOf } from '@pocket/contract/time'
import Button from '@/components/Button'
import Choice from '@/components/Choice'
import Field from '@/components/Field'
import Page from '@/components/Page'
import Tappable from '@/components/Tappable'
import { useT } from '../i18n'
import { calculatorsApi } from '@/services/calculators'
import Form, { Disclaimer } from '../Form'
import Grades from '../Grades'
import Result from '../Result'
import { given, useCalculation, useKeptFigure } from '../useCalculation'
import './index.scss'

type Dependant = { relation: 'spouse' | 'relative'; alone: boolean }
const EVENTS = ['disability', 'death'] as const

/** This year and last, on the service's clock: a death late last year is reckoned on the year before's figures. */
function recentYears(): [string, string] {
  const year = Number(localDateOf(Date.now()).slice(0, 4))
  return [String(year), String(year - 1)]
}

/** 工伤: a disability of a grade or a work death; 本人工资 held to §64's floor and cap. */
export default function WorkInjury() {
  const t = useT()
  const kept = useKeptFigure()
  const [event, setEvent] = useState<(typeof EVENTS)[number]>('disability')
  const [grade, setGrade] = useState<number | null>(null)
  const [wage, setWage] = useState('')
  const [average, setAverage] = useState('')
  const [dependants, setDependants] = useState<Dependant[]>([])
  const years = recentYears()
  const [year, setYear] = useState(years[0])
  const calc = useCalculation(calculatorsApi.workInjury)
  const body: WorkInjuryBody = {
    event,
    grade: event === 'disability' ? (grade ?? undefined) : undefined,
    monthlyWage: wage.trim(),
    areaMonthlyAverageWage: given(average),
    dependants: event === 'death' ? dependants : [],
    year: Number(year),
  }
  const wageFigure = kept('averageAnnualWage')
  const add = (relation: Dependant['relation']) => setDependants([...dependants, { relation, alone: false }])
  const toggleAlone = (i: number) => setDependants(dependants.map((d, j) => (j === i ? { ...d, alone: !d.alone } : d)))
  const result = calc.resultFor(body)
  return (
    <Page className='calc-work-injury' title='calc.workInjury'>
      <Form
        busy={calc.busy}
        error={calc.error}
        onSubmit={() => calc.submit(body, [body.monthlyWage, body.areaMonthlyAverageWage])}
      >
        <Choice
          label={t('calc.event')}
          className='calc-event'
          options={EVENTS}
          value={event}
          onChange={setEvent}
          text={(e) => t(`calc.event.${e}`)}
        />
        <Choice
          label={t(event === 'death' ? 'calc.deathYear' : 'calc.injuryYear')}
          className='calc-year'
          options={years}
          value={year}
          onChange={setYear}
          text={(y) => t('calc.yearN', { year: y })}
        />
        {event === 'disability' && <Grades value={grade} onChange={setGrade} />}
        <Field label={t('calc.monthlyWage')} type='digit' className='calc-wage' value={wage} onChange={setWage} />
        <Field
          label={t('calc.areaAverage')}
          type='digit'
          className='calc-average'
          value={average}
          onChange={setAverage}
          placeholder={wageFigure && t('calc.keptMonthly', { value: wageFigure.value, year: wageFigure.year })}
        />
        {event === 'death' && (
          <View className='calc-dependants'>
            <View className='field-label'>{t('calc.dependants')}</View>
            <View className='muted calc-note'>{t('calc.dependantsHint')}</View>
            {dependants.map((d, i) => (
              <View key={i} className='calc-dependant'>
                <Text className='calc-dependant-name'>{t(`calc.relation.${d.relation}`)}</Text>
                <Tappable
                  inline
                  className={`choice-option calc-alone ${d.alone ? 'choice-on' : ''}`}
                  checked={d.alone}
                  onTap={() => toggleAlone(i)}
                >
                  {t('calc.alone')}
                </Tappable>
                <Tappable
                  inline
                  className='calc-remove'
                  onTap={() => setDependants(dependants.filter((_, j) => j !== i))}
                >
                  {t('calc.remove')}
                </Tappable>
              </View>
            ))}
            <View className='calc-add'>
              <Button variant='plain' className='calc-add-spouse' onClick={() => add('spouse')}>
                {t('calc.addSpouse')}
              </Button>
              <Button variant='plain' className='calc-add-relative' onClick={() => add('relative')}>
                {t('calc.addRelative')}
              </Button>
            </View>
          </View>
        )}
      </Form>
      {result && <Result result={result} />}
      <Disclaimer />
    </Page>
  )
}
