import { Injectable } from '@nestjs/common'
import {
  dcRoutes,
  type ClientKind,
  type Complaint,
  type ComplaintBody,
  type ComplaintList,
  type ComplaintStatus,
  type ComplaintSubject,
  type ComplaintAbout,
  type ComplaintWordsBody,
  type DcComplaint,
  type SupervisedComplaintList,
} from '@pocket/contract'
import { actorOf, type AuthUser } from '../common/auth-user.js'
import { channelOf } from '../common/channel.js'
import { DataCenterClient } from '../datacenter/datacenter.client.js'
import { FileLinks } from '../uploads/file-links.js'

@Injectable()
export class ComplaintsService {
  constructor(
    private readonly dc: DataCenterClient,
    private readonly links: FileLinks,
  ) {}

  subject(user: AuthUser, query: { about: ComplaintAbout; id: string }): Promise<ComplaintSubject> {
    return this.dc.call(dcRoutes.complaintSubject, { actor: actorOf(user), query })
  }

  async file(user: AuthUser, body: ComplaintBody, key: string, client: ClientKind): Promise<Complaint> {
    const c = await this.dc.call(dcRoutes.fileComplaint, {
      actor: actorOf(user),
      body: { ...body, channel: channelOf(client), idempotencyKey: key },
    })
    return this.view(c)
  }

  async get(user: AuthUser, number: string): Promise<Complaint> {
    return this.view(await this.dc.call(dcRoutes.complaint, { actor: actorOf(user), params: { number } }))
  }

  async askReview(user: AuthUser, number: string, body: ComplaintWordsBody): Promise<Complaint> {
    return this.view(
      await this.dc.call(dcRoutes.askComplaintReview, { actor: actorOf(user), params: { number }, body }),
    )
  }

  async ofStaff(user: AuthUser, status: ComplaintStatus | undefined): Promise<ComplaintList> {
    const list = await this.dc.call(dcRoutes.staffComplaints, { actor: actorOf(user), query: { status } })
    return { items: list.items.map((c) => this.view(c)) }
  }

  async answer(user: AuthUser, number: string, body: ComplaintWordsBody): Promise<Complaint> {
    return this.view(await this.dc.call(dcRoutes.answerComplaint, { actor: actorOf(user), params: { number }, body }))
  }

  supervised(user: AuthUser): Promise<SupervisedComplaintList> {
    return this.dc.call(dcRoutes.supervisedComplaints, { actor: actorOf(user) })
  }

  /** What a viewer gets: each photo with a link minted for this viewer. */
  private view({ photos, ...c }: DcComplaint): Complaint {
    return { ...c, photos: photos.map((f) => this.links.view(f)) }
  }
}
