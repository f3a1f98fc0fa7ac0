import type { BookingRule } from '@pocket/contract'
import { t } from '@/i18n'

/** "可预约未来7天内的时段，至少提前30分钟" */
export function formatNotice(rule: BookingRule): string {
  const m = rule.minNoticeMinutes
  const notice = m % 60 === 0 ? t('duration.hours', { n: m / 60 }) : t('duration.minutes', { n: m })
  return t('item.bookRule', { days: rule.horizonDays, notice })
}
