import type {
  CatalogItem,
  DcCatalogItem,
  DcInstitution,
  DcPerson,
  DcRegion,
  Institution,
  DcPersonDetail,
  PersonCard,
  Practitioner,
  PractitionerDetail,
  Region,
} from '@pocket/contract'
import { maskPhone } from '#common/mask-phone.js'
import { distanceMetres } from './geo.js'

export function toRegion(r: DcRegion): Region {
  return { code: r.code, name: r.name, level: r.level, hasChildren: r.childCount > 0 }
}

export function toInstitution(i: DcInstitution, from?: { lat: number; lng: number }): Institution {
  return {
    id: i.id,
    kind: i.kind,
    name: i.name,
    regionCode: i.regionCode,
    address: i.address,
    location: { lat: i.lat, lng: i.lng },
    hours: i.hours,
    phone: i.phone,
    services: [...i.services],
    isDemo: i.isDemo,
    distance: from ? distanceMetres(from, i) : null,
  }
}

export function toCatalogItem(c: DcCatalogItem): CatalogItem {
  return { code: c.code, category: c.category, name: c.name, summary: c.summary, guide: c.guide }
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

/** A practitioner for the public directory: no phone of their own (people call the institution). */
export function toPractitioner(p: DcPerson): Practitioner {
  return {
    id: p.id,
    kind: p.kind,
    name: p.name,
    title: p.title,
    photoUrl: p.photoUrl,
    institution: p.institutionId ? { id: p.institutionId, name: p.institutionName ?? '' } : null,
    licenceNo: p.licenceNo,
    specialties: [...p.specialties],
    languages: [...p.languages],
    practiceStatus: p.practiceStatus,
    isDemo: p.isDemo,
  }
}

export function toPractitionerDetail(p: DcPersonDetail): PractitionerDetail {
  return {
    ...toPractitioner(p),
    credit: p.credit.map(({ kind, date, title, issuer }) => ({ kind, date, title, issuer })),
  }
}
