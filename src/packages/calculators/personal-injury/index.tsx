import { View } from '@tarojs/components'
import { useState } from 'react'
import type { CalcFigureName, PersonalInjuryBody } from '@pocket/contract'
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

type Dependant = { age: string; supporters: string }
const EVENTS = ['death', 'disability'] as const
const OWN_FIGURES = ['urbanDisposableIncome', 'urbanConsumption', 'averageAnnualWage'] as const

/** A whole number as typed, or NaN (the data center then says what is wrong with it). */
const whole = (text: string) => (/^\d{1,6}$/.test(text.trim()) ? Number(text.trim()) : Number.NaN)

/** 人身损害赔偿: a death or a disability; the figures the court announced may replace the kept ones. */
export default function PersonalInjury() {
  const t = useT()
  const kept = useKeptFigure()
  const [event, setEvent] = useState<(typeof EVENTS)[number]>('death')
  const [age, setAge] = useState('')
  const [grade, setGrade] = useState<number | null>(null)
  const [dependants, setDependants] = useState<Dependant[]>([])
  const [own, setOwn] = useState<Record<(typeof OWN_FIGURES)[number], string>>({
    urbanDisposableIncome: '',
    urbanConsumption: '',
    averageAnnualWage: '',
  })
  const [lostEarnings, setLostEarnings] = useState('')
  const [nursing, setNursing] = useState('')
  const calc = useCalculation(calculatorsApi.personalInjury)
  const body: PersonalInjuryBody = {
    event,
    age: whole(age),
    grade: event === 'disability' ? (grade ?? undefined) : undefined,
    dependants: dependants.map((d) => ({ age: whole(d.age), supporters: whole(d.supporters) })),
    figures: {
      urbanDisposableIncome: given(own.urbanDisposableIncome),
      urbanConsumption: given(own.urbanConsumption),
      averageAnnualWage: given(own.averageAnnualWage),
    },
    lostEarnings: given(lostEarnings),
    nursing: given(nursing),
  }
  const change = (i: number, part: Partial<Dependant>) =>
    setDependants(dependants.map((d, j) => (j === i ? { ...d, ...part } : d)))
  const hint = (name: CalcFigureName) => {
    const f = kept(name)
    return f && t('calc.keptFigure', { value: f.value, year: f.year })
  }
  const result = calc.resultFor(body)
  return (
    <Page className='calc-personal-injury' title='calc.personalInjury'>
      <Form
        busy={calc.busy}
        error={calc.error}
        onSubmit={() => calc.submit(body, [...Object.values(body.figures ?? {}), body.lostEarnings, body.nursing])}
      >
        <Choice
          label={t('calc.event')}
          className='calc-event'
          options={EVENTS}
          value={event}
          onChange={setEvent}
          text={(e) => t(`calc.event.${e}`)}
        />
        <Field label={t('calc.age')} type='number' className='calc-age' value={age} onChange={setAge} />
        {event === 'disability' && <Grades value={grade} onChange={setGrade} />}
        <View className='field-label'>{t('calc.injuryDependants')}</View>
        <View className='muted calc-note'>{t('calc.injuryDependantsHint')}</View>
        {dependants.map((d, i) => (
          <View key={i} className='calc-dependant'>
            <Field
              label={t('calc.dependantAge')}
              type='number'
              className='calc-dependant-age'
              value={d.age}
              onChange={(v) => change(i, { age: v })}
            />
            <Field
              label={t('calc.supporters')}
              type='number'
              className='calc-supporters'
              value={d.supporters}
              onChange={(v) => change(i, { supporters: v })}
            />
            <Tappable inline className='calc-remove' onTap={() => setDependants(dependants.filter((_, j) => j !== i))}>
              {t('calc.remove')}
            </Tappable>
          </View>
        ))}
        <Button
          variant='plain'
          className='calc-add-dependant'
          onClick={() => setDependants([...dependants, { age: '', supporters: '1' }])}
        >
          {t('calc.addDependant')}
        </Button>
        <View className='field-label calc-own'>{t('calc.ownFigures')}</View>
        {OWN_FIGURES.map((name) => (
          <Field
            key={name}
            label={t(`calc.figure.${name}`)}
            type='digit'
            className={`calc-own-${name}`}
            value={own[name]}
            placeholder={hint(name)}
            onChange={(v) => setOwn({ ...own, [name]: v })}
          />
        ))}
        <Field
          label={t('calc.lostEarnings')}
          type='digit'
          className='calc-lost'
          value={lostEarnings}
          onChange={setLostEarnings}
        />
        <Field label={t('calc.nursing')} type='digit' className='calc-nursing' value={nursing} onChange={setNursing} />
      </Form>
      {result && <Result result={result} />}
      <Disclaimer />
    </Page>
  )
}
