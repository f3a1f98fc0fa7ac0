import { useState } from 'react'
import type { CalcFigure, CalcFigureName, CalcResult } from '@pocket/contract'
import { yuanProblem } from '@pocket/contract/yuan'
import { useResource } from '@/hooks/useResource'
import { useSubmit } from '@/hooks/useSubmit'
import { noticeText, t } from '@/i18n'
import { calculatorsApi } from '@/services/calculators'

/**
 * A calculator's form state: the amounts checked as typed before anything is sent, the answer kept
 * for the input it answered (a changed input hides it, so no stale total is read as current).
 */
export function useCalculation<B>(compute: (body: B) => Promise<CalcResult>) {
  const [shown, setShown] = useState<{ asked: string; result: CalcResult } | null>(null)
  const { run, busy, error, setError } = useSubmit()
  const submit = (body: B, amounts: (string | undefined)[]) => {
    // Left out (undefined) is an optional field; blank ('') a required one.
    const problem = amounts
      .map((a) => (a === undefined ? undefined : a ? yuanProblem(a) : 'form.amountRequired'))
      .find(Boolean)
    if (problem) return setError(noticeText({ key: problem }) ?? t('common.error.unknown'))
    void run(async () => setShown({ asked: JSON.stringify(body), result: await compute(body) }))
  }
  const resultFor = (body: B) => (shown?.asked === JSON.stringify(body) ? shown.result : null)
  return { submit, busy, error, resultFor }
}

/** The latest figure the data center keeps of a name, for a field's "不填按…" hint. */
export function useKeptFigure(): (name: CalcFigureName) => CalcFigure | undefined {
  const figures = useResource('calc-figures', calculatorsApi.figures, { persist: true })
  return (name) =>
    figures.data?.items
      .filter((f) => f.name === name)
      .reduce<CalcFigure | undefined>((a, f) => (!a || f.year > a.year ? f : a), undefined)
}

/** An optional text field's value as a body takes it: left out when blank. */
export const given = (text: string): string | undefined => (text.trim() ? text.trim() : undefined)
