import { Injectable } from '@nestjs/common'
import { dcRoutes, type WorkbenchSummary } from '@pocket/contract'
import { actorOf, type AuthUser } from '../common/auth-user.js'
import { DataCenterClient } from '../datacenter/datacenter.client.js'
import { toPersonCard } from '../directory/directory.mapper.js'
import { toVillageRef } from '../me/me.mapper.js'

/** The adviser's and staff member's workbench. */
@Injectable()
export class WorkbenchService {
  constructor(private readonly dc: DataCenterClient) {}

  async workbench(user: AuthUser): Promise<WorkbenchSummary> {
    const w = await this.dc.call(dcRoutes.workbench, { actor: actorOf(user), params: { id: user.accountId } })
    return {
      role: user.role === 'staff' ? 'staff' : 'adviser',
      person: toPersonCard(w.person),
      villages: w.villages.map(toVillageRef),
    }
  }
}
