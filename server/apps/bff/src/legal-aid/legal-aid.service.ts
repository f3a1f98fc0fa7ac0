import { Injectable } from '@nestjs/common'
import {
  dcRoutes,
  type ClientKind,
  type DcLegalAidApplication,
  type LegalAidAction,
  type LegalAidActionBody,
  type LegalAidApplication,
  type LegalAidApplicationBody,
  type LegalAidList,
  type LegalAidStatus,
} from '@pocket/contract'
import { actorOf, type AuthUser } from '../common/auth-user.js'
import { channelOf } from '../common/channel.js'
import { DataCenterClient } from '../datacenter/datacenter.client.js'
import { FileLinks } from '../uploads/file-links.js'

@Injectable()
export class LegalAidService {
  constructor(
    private readonly dc: DataCenterClient,
    private readonly links: FileLinks,
  ) {}

  async apply(
    user: AuthUser,
    body: LegalAidApplicationBody,
    key: string,
    client: ClientKind,
  ): Promise<LegalAidApplication> {
    const a = await this.dc.call(dcRoutes.applyLegalAid, {
      actor: actorOf(user),
      body: { ...body, channel: channelOf(client), idempotencyKey: key },
    })
    return this.view(a)
  }

  async get(user: AuthUser, number: string): Promise<LegalAidApplication> {
    return this.view(await this.dc.call(dcRoutes.legalAidApplication, { actor: actorOf(user), params: { number } }))
  }

  async ofStaff(user: AuthUser, status: LegalAidStatus | undefined): Promise<LegalAidList> {
    const list = await this.dc.call(dcRoutes.staffLegalAid, { actor: actorOf(user), query: { status } })
    return { items: list.items.map((a) => this.view(a)) }
  }

  async act(
    user: AuthUser,
    number: string,
    action: LegalAidAction,
    body: LegalAidActionBody,
  ): Promise<LegalAidApplication> {
    const a = await this.dc.call(dcRoutes.staffLegalAidAction, {
      actor: actorOf(user),
      params: { number, action },
      body,
    })
    return this.view(a)
  }

  /** What a viewer gets: the owner left out, each attachment with a link minted for this viewer. */
  private view({ accountId: _owner, attachments, ...a }: DcLegalAidApplication): LegalAidApplication {
    return { ...a, attachments: attachments.map((f) => this.links.view(f)) }
  }
}
