import { Injectable } from '@nestjs/common'
import {
  DcAccountView,
  DcVillageAdvisers,
  DcWorkbench,
  type Me,
  type MyAdviser,
  type WorkbenchSummary,
} from '@pocket/contract'
import { AppError } from '../../../../libs/common/src/index.js'
import { actorOf, type AuthUser } from '../common/auth-user.js'
import { DataCenterClient } from '../datacenter/datacenter.client.js'
import { toMe, toPersonCard, toVillageRef } from './to-me.js'

@Injectable()
export class MeService {
  constructor(private readonly dc: DataCenterClient) {}

  async me(user: AuthUser): Promise<Me> {
    return toMe(await this.view(user))
  }

  async setVillage(user: AuthUser, villageCode: string): Promise<Me> {
    const view = await this.dc.put(`/accounts/${encodeURIComponent(user.accountId)}/village`, {
      actor: actorOf(user),
      body: { villageCode },
      schema: DcAccountView,
    })
    return toMe(view)
  }

  async adviser(user: AuthUser): Promise<MyAdviser> {
    const view = await this.view(user)
    if (!view.account.villageCode) throw new AppError('VILLAGE_NOT_SET', '请先选择您所在的村（社区）')
    const a = await this.dc.get(`/villages/${view.account.villageCode}/advisers`, {
      actor: actorOf(user),
      schema: DcVillageAdvisers,
    })
    return {
      village: toVillageRef(a.village),
      adviser: toPersonCard(a.adviser),
      backup: a.backup ? toPersonCard(a.backup) : null,
    }
  }

  async workbench(user: AuthUser): Promise<WorkbenchSummary> {
    const w = await this.dc.get(`/accounts/${encodeURIComponent(user.accountId)}/workbench`, {
      actor: actorOf(user),
      schema: DcWorkbench,
    })
    return {
      role: user.role === 'staff' ? 'staff' : 'adviser',
      person: toPersonCard(w.person),
      villages: w.villages.map(toVillageRef),
    }
  }

  private view(user: AuthUser): Promise<DcAccountView> {
    return this.dc.get(`/accounts/${encodeURIComponent(user.accountId)}`, {
      actor: actorOf(user),
      schema: DcAccountView,
    })
  }
}
