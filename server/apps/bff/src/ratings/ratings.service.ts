import { Injectable } from '@nestjs/common'
import { dcRoutes, type Rating, type RatingBody, type RatingSummary } from '@pocket/contract'
import { actorOf, type AuthUser } from '../common/auth-user.js'
import { DataCenterClient, systemActor } from '../datacenter/datacenter.client.js'

@Injectable()
export class RatingsService {
  constructor(private readonly dc: DataCenterClient) {}

  rate(user: AuthUser, body: RatingBody): Promise<Rating> {
    return this.dc.call(dcRoutes.rate, { actor: actorOf(user), body })
  }

  summary(institutionId: string, requestId: string): Promise<RatingSummary> {
    return this.dc.call(dcRoutes.institutionRating, { actor: systemActor(requestId), params: { id: institutionId } })
  }
}
