import { Injectable } from '@nestjs/common'
import { dcRoutes, type DcAccountView, type Me, type MyAdviser } from '@pocket/contract'
import { AppError } from '#common'
import { actorOf, type AuthUser } from '../common/auth-user.js'
import { DataCenterClient } from '../datacenter/datacenter.client.js'
import { toPersonCard } from '../directory/directory.mapper.js'
import { toMe, toVillageRef } from './me.mapper.js'

@Injectable()
export class MeService {
  constructor(private readonly dc: DataCenterClient) {}

  async me(user: AuthUser): Promise<Me> {
    return toMe(await this.view(user))
  }

  async setVillage(user: AuthUser, villageCode: string): Promise<Me> {
    const view = await this.dc.call(dcRoutes.setVillage, {
      actor: actorOf(user),
      params: { id: user.accountId },
      body: { villageCode },
    })
    return toMe(view)
  }

  async setNotices(user: AuthUser, discreet: boolean): Promise<Me> {
    const view = await this.dc.call(dcRoutes.setNotices, {
      actor: actorOf(user),
      params: { id: user.accountId },
      body: { discreet },
    })
    return toMe(view)
  }

  async adviser(user: AuthUser): Promise<MyAdviser> {
    const view = await this.view(user)
    if (!view.account.villageCode) throw new AppError('VILLAGE_NOT_SET', { key: 'village.notChosen' })
    const a = await this.dc.call(dcRoutes.villageAdvisers, {
      actor: actorOf(user),
      params: { code: view.account.villageCode },
    })
    return {
      village: toVillageRef(a.village),
      adviser: toPersonCard(a.adviser),
      backup: a.backup ? toPersonCard(a.backup) : null,
    }
  }

  private view(user: AuthUser): Promise<DcAccountView> {
    return this.dc.call(dcRoutes.account, { actor: actorOf(user), params: { id: user.accountId } })
  }
}
