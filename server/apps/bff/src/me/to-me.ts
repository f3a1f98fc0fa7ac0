import type { DcAccountView, DcPerson, DcRegionPath, Me, PersonCard, VillageRef } from '@pocket/contract'

export function maskPhone(phone: string): string {
  return phone.length === 11 ? `${phone.slice(0, 3)}****${phone.slice(7)}` : phone.replace(/\d(?=\d{4})/g, '*')
}

export function toVillageRef(p: DcRegionPath): VillageRef {
  return { code: p.code, name: p.names[p.names.length - 1] ?? '', path: p.names }
}

export function toPersonCard(p: DcPerson): PersonCard {
  return {
    id: p.id,
    kind: p.kind,
    name: p.name,
    title: p.title,
    photoUrl: p.photoUrl,
    phoneMasked: maskPhone(p.phone),
    institution: p.institutionId ? { id: p.institutionId, name: p.institutionName ?? '' } : null,
    isDemo: p.isDemo,
  }
}

export function toMe(v: DcAccountView): Me {
  return {
    id: v.account.id,
    role: v.account.role,
    displayName: v.account.displayName,
    phoneMasked: v.account.phone ? maskPhone(v.account.phone) : null,
    village: v.village ? toVillageRef(v.village) : null,
    person: v.person ? { id: v.person.id, name: v.person.name, institutionName: v.person.institutionName } : null,
  }
}
