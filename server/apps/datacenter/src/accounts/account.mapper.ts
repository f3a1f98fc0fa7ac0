import type { DcAccount, DcPerson, Role } from '@pocket/contract'
import type { AccountRow } from './accounts.repository.js'
import { zhCNNames } from './templates/zh-CN.js'

export function toDcAccount(r: AccountRow): DcAccount {
  return {
    id: r.id,
    role: r.role,
    phone: r.phone,
    displayName: r.displayName,
    villageCode: r.villageCode,
    personId: r.personId,
    openid: r.openid,
    discreetNotices: r.discreetNotices,
    createdAt: r.createdAt.toISOString(),
  }
}

/** Who a phone belongs to: a seeded adviser or staff member, or else a resident. */
export function identityOfPhone(
  phone: string,
  person: Pick<DcPerson, 'id' | 'kind' | 'name'> | null,
): { role: Role; personId: string | null; displayName: string } {
  const role: Role = person?.kind === 'adviser' ? 'adviser' : person?.kind === 'staff' ? 'staff' : 'resident'
  return {
    role,
    personId: role === 'resident' ? null : (person?.id ?? null),
    displayName: role === 'resident' ? zhCNNames.resident(phone.slice(7)) : (person?.name ?? ''),
  }
}
