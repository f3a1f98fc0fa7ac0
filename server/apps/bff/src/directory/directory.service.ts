import { Injectable } from '@nestjs/common'
import {
  DcCatalogItem,
  DcCatalogSummary,
  DcInstitution,
  DcPerson,
  DcRegion,
  listOf as items,
  type CatalogItem,
  type CatalogList,
  type Institution,
  type InstitutionList,
  type InstitutionsQuery,
  type PeopleQuery,
  type PersonCard,
  type PersonList,
  type Region,
  type RegionList,
} from '@pocket/contract'
import { DataCenterClient, systemActor } from '../datacenter/datacenter.client.js'
import { toPersonCard } from '../me/to-me.js'
import { distanceMetres } from './geo.js'

function toRegion(r: DcRegion): Region {
  return { code: r.code, name: r.name, level: r.level, hasChildren: r.childCount > 0 }
}

function toInstitution(i: DcInstitution, from?: { lat: number; lng: number }): Institution {
  return {
    id: i.id,
    kind: i.kind,
    name: i.name,
    regionCode: i.regionCode,
    address: i.address,
    location: { lat: i.lat, lng: i.lng },
    hours: i.hours,
    phone: i.phone,
    isDemo: i.isDemo,
    distance: from ? distanceMetres(from, i) : null,
  }
}

function toCatalogItem(c: DcCatalogItem): CatalogItem {
  return { code: c.code, category: c.category, name: c.name, summary: c.summary, guide: c.guide }
}

/** Public look-ups: regions, catalogue, institutions, people. */
@Injectable()
export class DirectoryService {
  constructor(private readonly dc: DataCenterClient) {}

  async regions(parent: string | undefined, requestId: string): Promise<RegionList> {
    const res = await this.dc.get('/regions', {
      actor: systemActor(requestId),
      query: { parent },
      schema: items(DcRegion),
    })
    return { items: res.items.map(toRegion) }
  }

  async catalog(requestId: string): Promise<CatalogList> {
    const res = await this.dc.get('/catalog/items', { actor: systemActor(requestId), schema: items(DcCatalogSummary) })
    return { items: res.items.map(({ code, category, name, summary }) => ({ code, category, name, summary })) }
  }

  async catalogItem(code: string, requestId: string): Promise<CatalogItem> {
    const res = await this.dc.get(`/catalog/items/${encodeURIComponent(code)}`, {
      actor: systemActor(requestId),
      schema: DcCatalogItem,
    })
    return toCatalogItem(res)
  }

  async institutions(q: InstitutionsQuery, requestId: string): Promise<InstitutionList> {
    const res = await this.dc.get('/institutions', {
      actor: systemActor(requestId),
      query: { kind: q.kind, region: q.region },
      schema: items(DcInstitution),
    })
    const from = q.lat !== undefined && q.lng !== undefined ? { lat: q.lat, lng: q.lng } : undefined
    const list = res.items.map((i) => toInstitution(i, from))
    if (from) list.sort((a, b) => (a.distance ?? 0) - (b.distance ?? 0))
    return { items: list }
  }

  async institution(id: string, requestId: string): Promise<Institution> {
    return toInstitution(
      await this.dc.get(`/institutions/${encodeURIComponent(id)}`, {
        actor: systemActor(requestId),
        schema: DcInstitution,
      }),
    )
  }

  async people(q: PeopleQuery, requestId: string): Promise<PersonList> {
    const res = await this.dc.get('/people', { actor: systemActor(requestId), query: q, schema: items(DcPerson) })
    return { items: res.items.map(toPersonCard) }
  }

  async person(id: string, requestId: string): Promise<PersonCard> {
    return toPersonCard(
      await this.dc.get(`/people/${encodeURIComponent(id)}`, { actor: systemActor(requestId), schema: DcPerson }),
    )
  }
}
