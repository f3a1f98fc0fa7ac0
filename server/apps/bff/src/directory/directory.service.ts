import { Injectable } from '@nestjs/common'
import {
  dcRoutes,
  type CatalogItem,
  type CatalogList,
  type Institution,
  type InstitutionList,
  type InstitutionsQuery,
  type PeopleQuery,
  type PractitionerDetail,
  type PractitionerList,
  type RegionList,
} from '@pocket/contract'
import { DataCenterClient, systemActor } from '../datacenter/datacenter.client.js'
import { toCatalogItem, toInstitution, toPractitioner, toPractitionerDetail, toRegion } from './directory.mapper.js'

/** Public look-ups: regions, catalogue, institutions, people. */
@Injectable()
export class DirectoryService {
  constructor(private readonly dc: DataCenterClient) {}

  async regions(parent: string | undefined, requestId: string): Promise<RegionList> {
    const res = await this.dc.call(dcRoutes.regions, { actor: systemActor(requestId), query: { parent } })
    return { items: res.items.map(toRegion) }
  }

  async catalog(requestId: string): Promise<CatalogList> {
    const res = await this.dc.call(dcRoutes.catalogItems, { actor: systemActor(requestId) })
    return { items: res.items.map(({ code, category, name, summary }) => ({ code, category, name, summary })) }
  }

  async catalogItem(code: string, requestId: string): Promise<CatalogItem> {
    const res = await this.dc.call(dcRoutes.catalogItem, { actor: systemActor(requestId), params: { code } })
    return toCatalogItem(res)
  }

  async institutions(q: InstitutionsQuery, requestId: string): Promise<InstitutionList> {
    const res = await this.dc.call(dcRoutes.institutions, {
      actor: systemActor(requestId),
      query: { kind: q.kind, region: q.region, service: q.service, q: q.q, near: q.near },
    })
    const from = q.lat !== undefined && q.lng !== undefined ? { lat: q.lat, lng: q.lng } : undefined
    const list = res.items.map((i) => toInstitution(i, from))
    if (from) list.sort((a, b) => (a.distance ?? 0) - (b.distance ?? 0))
    return { items: list }
  }

  async institution(id: string, requestId: string): Promise<Institution> {
    return toInstitution(await this.dc.call(dcRoutes.institution, { actor: systemActor(requestId), params: { id } }))
  }

  async people(q: PeopleQuery, requestId: string): Promise<PractitionerList> {
    const res = await this.dc.call(dcRoutes.people, { actor: systemActor(requestId), query: q })
    return { items: res.items.map(toPractitioner) }
  }

  async person(id: string, requestId: string): Promise<PractitionerDetail> {
    return toPractitionerDetail(await this.dc.call(dcRoutes.person, { actor: systemActor(requestId), params: { id } }))
  }
}
