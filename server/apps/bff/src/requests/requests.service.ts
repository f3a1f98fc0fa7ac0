import { Injectable } from '@nestjs/common'
import { dcRoutes, type RequestList, type RequestProgress } from '@pocket/contract'
import { actorOf, type AuthUser } from '../common/auth-user.js'
import { DataCenterClient, systemActor } from '../datacenter/datacenter.client.js'

@Injectable()
export class RequestsService {
  constructor(private readonly dc: DataCenterClient) {}

  mine(user: AuthUser): Promise<RequestList> {
    return this.dc.call(dcRoutes.accountRequests, { actor: actorOf(user), params: { id: user.accountId } })
  }

  progress(number: string, phoneLast4: string, requestId: string): Promise<RequestProgress> {
    return this.dc.call(dcRoutes.requestProgress, {
      actor: systemActor(requestId),
      params: { number },
      query: { phoneLast4 },
    })
  }
}
