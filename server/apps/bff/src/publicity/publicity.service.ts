import { Injectable } from '@nestjs/common'
import {
  dcRoutes,
  type PublicityArticle,
  type PublicityList,
  type PublicitySummary,
  type PublicityTopic,
} from '@pocket/contract'
import { DataCenterClient, systemActor } from '../datacenter/datacenter.client.js'
import { toPublicityArticle, toPublicitySummary } from './publicity.mapper.js'

/** 法治宣传: public reads relayed to the data center. */
@Injectable()
export class PublicityService {
  constructor(private readonly dc: DataCenterClient) {}

  async list(topic: PublicityTopic | undefined, requestId: string): Promise<PublicityList> {
    const res = await this.dc.call(dcRoutes.publicityList, { actor: systemActor(requestId), query: { topic } })
    return { items: res.items.map(toPublicitySummary) }
  }

  async featured(requestId: string): Promise<PublicitySummary> {
    return toPublicitySummary(await this.dc.call(dcRoutes.publicityFeatured, { actor: systemActor(requestId) }))
  }

  async article(id: string, requestId: string): Promise<PublicityArticle> {
    return toPublicityArticle(
      await this.dc.call(dcRoutes.publicityArticle, { actor: systemActor(requestId), params: { id } }),
    )
  }
}
