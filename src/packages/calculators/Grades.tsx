import Choice from '@/components/Choice'
import { useT } from './i18n'

const GRADES = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'] as const

/** 伤残等级 一级 to 十级, as chips. */
export default function Grades({ value, onChange }: { value: number | null; onChange(grade: number): void }) {
  const t = useT()
  return (
    <Choice
      label={t('calc.grade')}
      className='calc-grade'
      options={GRADES}
      value={value === null ? null : (String(value) as (typeof GRADES)[number])}
      onChange={(g) => onChange(Number(g))}
      text={(g) => t('calc.gradeN', { n: g })}
    />
  )
}
