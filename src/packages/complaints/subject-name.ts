import { groupedNumber } from '@pocket/contract/request-number'
import type { ComplaintSubject } from '@pocket/contract'
import { requestTitle } from '@/services/requests'
import { t } from './i18n'

/** Whom a complaint is about, as the pages say it: a request by its title and number. */
export function subjectName(s: ComplaintSubject): string {
  if (s.about !== 'request') return s.name
  const title = s.kind ? requestTitle({ kind: s.kind, title: s.name }) : s.name
  return `${title} · ${t('complaints.aboutRequest', { number: groupedNumber(s.id) })}`
}
