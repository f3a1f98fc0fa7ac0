import type { DcAccountView, DcRegionPath, Me, VillageRef } from '@pocket/contract'
import { maskPhone } from '#common/mask-phone.js'

export function toVillageRef(p: DcRegionPath): VillageRef {
  return { code: p.code, name: p.names[p.names.length - 1] ?? '', path: p.names }
}

export function toMe(v: DcAccountView): Me {
  return {
    id: v.account.id,
    role: v.account.role,
    displayName: v.account.displayName,
    phoneMasked: v.account.phone ? maskPhone(v.account.phone) : null,
    village: v.village ? toVillageRef(v.village) : null,
    person: v.person ? { id: v.person.id, name: v.person.name, institutionName: v.person.institutionName } : null,
    discreetNotices: v.account.discreetNotices,
  }
}
