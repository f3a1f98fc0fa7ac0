import { View } from '@tarojs/components'
import Page from '@/components/Page'
import Tappable from '@/components/Tappable'
import type { MessageKey } from '@/i18n'
import { useT, type CalculatorsKey } from '../i18n'
import type { PageName } from '@/pages'
import { goTo } from '@/services/session'
import { Disclaimer } from '../Form'
import './index.scss'

const CALCULATORS: { page: PageName; title: MessageKey; intro: CalculatorsKey }[] = [
  { page: 'litigationFee', title: 'calc.litigation', intro: 'calc.litigationIntro' },
  { page: 'workInjury', title: 'calc.workInjury', intro: 'calc.workInjuryIntro' },
  { page: 'personalInjury', title: 'calc.personalInjury', intro: 'calc.personalInjuryIntro' },
]

/** 法律计算器: the three calculators, each a large row to tap. */
export default function Calculators() {
  const t = useT()
  return (
    <Page className='calculators' title='calc.title'>
      <View className='muted calc-intro'>{t('calc.intro')}</View>
      {CALCULATORS.map((c) => (
        <Tappable key={c.page} className={`card calc-entry calc-entry-${c.page}`} onTap={() => goTo(c.page)}>
          <View className='title'>{t(c.title)}</View>
          <View className='muted'>{t(c.intro)}</View>
        </Tappable>
      ))}
      <Disclaimer />
    </Page>
  )
}
