import { useState } from 'react'
import type { LitigationCaseKind, LitigationFeeBody, LitigationProcedure } from '@pocket/contract'
import Choice from '@/components/Choice'
import Field from '@/components/Field'
import Page from '@/components/Page'
import { useT } from '../i18n'
import { calculatorsApi } from '@/services/calculators'
import Form, { Disclaimer } from '../Form'
import Result from '../Result'
import { given, useCalculation } from '../useCalculation'

const KINDS: readonly LitigationCaseKind[] = [
  'property',
  'divorce',
  'personality',
  'labour',
  'ip',
  'administrative',
  'enforcement',
  'preservation',
]
const PROCEDURES: readonly LitigationProcedure[] = ['ordinary', 'simplified', 'mediated']
const ADMINISTRATIVE = ['other', 'trademark-patent-maritime'] as const
/** The kinds whose per-case fee the 办法 gives as a range (the court's own figure may be entered). */
const RANGES: Partial<Record<LitigationCaseKind, [number, number]>> = {
  divorce: [50, 300],
  personality: [100, 500],
  ip: [500, 1000],
  enforcement: [50, 500],
}
const APPLICATIONS: readonly LitigationCaseKind[] = ['enforcement', 'preservation']
const WITH_AMOUNT: readonly LitigationCaseKind[] = [
  'property',
  'divorce',
  'personality',
  'ip',
  'enforcement',
  'preservation',
]

/** 诉讼费: the kind of case, the amount, the procedure; the fee worked out band by band. */
export default function LitigationFee() {
  const t = useT()
  const [caseKind, setCaseKind] = useState<LitigationCaseKind>('property')
  const [amount, setAmount] = useState('')
  const [procedure, setProcedure] = useState<LitigationProcedure>('ordinary')
  const [administrativeKind, setAdministrativeKind] = useState<(typeof ADMINISTRATIVE)[number]>('other')
  const [caseFee, setCaseFee] = useState('')
  const calc = useCalculation(calculatorsApi.litigationFee)
  const range = RANGES[caseKind]
  const body: LitigationFeeBody = {
    caseKind,
    amount: WITH_AMOUNT.includes(caseKind) ? given(amount) : undefined,
    procedure: APPLICATIONS.includes(caseKind) ? undefined : procedure,
    administrativeKind: caseKind === 'administrative' ? administrativeKind : undefined,
    caseFee: range ? given(caseFee) : undefined,
  }
  const result = calc.resultFor(body)
  return (
    <Page className='calc-litigation' title='calc.litigation'>
      <Form busy={calc.busy} error={calc.error} onSubmit={() => calc.submit(body, [body.amount, body.caseFee])}>
        <Choice
          label={t('calc.caseKind')}
          className='calc-kind'
          options={KINDS}
          value={caseKind}
          onChange={setCaseKind}
          text={(k) => t(`calc.caseKind.${k}`)}
        />
        {WITH_AMOUNT.includes(caseKind) && (
          <Field
            label={t(`calc.amount.${caseKind as 'property'}`)}
            type='digit'
            className='calc-amount'
            value={amount}
            onChange={setAmount}
          />
        )}
        {caseKind === 'administrative' && (
          <Choice
            label={t('calc.administrativeKind')}
            className='calc-administrative'
            options={ADMINISTRATIVE}
            value={administrativeKind}
            onChange={setAdministrativeKind}
            text={(k) => t(`calc.administrativeKind.${k}`)}
          />
        )}
        {!APPLICATIONS.includes(caseKind) && (
          <Choice
            label={t('calc.procedure')}
            className='calc-procedure'
            options={PROCEDURES}
            value={procedure}
            onChange={setProcedure}
            text={(p) => t(`calc.procedure.${p}`)}
          />
        )}
        {range && (
          <Field
            label={t('calc.caseFee', { min: range[0], max: range[1] })}
            type='digit'
            className='calc-case-fee'
            value={caseFee}
            onChange={setCaseFee}
          />
        )}
      </Form>
      {result && <Result result={result} />}
      <Disclaimer />
    </Page>
  )
}
