import { t as shared } from '@/i18n'
import { t } from './index'

describe('the calculators’ own dictionary', () => {
  it('joins the shared one when the subpackage loads, and fills formats the same way', () => {
    expect(t('calc.figureLine', { name: 'x', value: '1130040.00' })).toBe('x：1,130,040.00元')
    expect(t('calc.citationClause', { law: '工伤保险条例', article: 39, clause: 3 })).toBe(
      '《工伤保险条例》第三十九条第（三）项',
    )
    expect(t('common.demo')).toBe('演示数据')
    expect(shared('calc.title')).toBe('法律计算器')
  })
})
