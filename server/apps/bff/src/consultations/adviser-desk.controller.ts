import { Controller } from '@nestjs/common'
import {
  appRoutes,
  dcRoutes,
  type AdviserFigures,
  type AppInput,
  type OverdueList,
  type SavedReplies,
  type SavedRepliesView,
} from '@pocket/contract'
import { Route } from '#common'
import { Input } from '#common'
import { actorOf, CurrentUser, Roles, type AuthUser } from '../common/auth-user.js'
import { DataCenterClient } from '../datacenter/datacenter.client.js'

/** The adviser's 常用语, leave and figures, and the county staff's 督办 list: relayed as they are. */
@Controller()
export class AdviserDeskController {
  constructor(private readonly dc: DataCenterClient) {}

  @Route(appRoutes.savedReplies)
  @Roles('adviser')
  savedReplies(@CurrentUser() user: AuthUser): Promise<SavedRepliesView> {
    return this.dc.call(dcRoutes.savedReplies, { actor: actorOf(user) })
  }

  @Route(appRoutes.saveReplies)
  @Roles('adviser')
  saveReplies(@CurrentUser() user: AuthUser, @Input() { body }: AppInput<'saveReplies'>): Promise<SavedReplies> {
    return this.dc.call(dcRoutes.saveReplies, { actor: actorOf(user), body })
  }

  @Route(appRoutes.setAway)
  @Roles('adviser')
  setAway(@CurrentUser() user: AuthUser, @Input() { body }: AppInput<'setAway'>): Promise<AdviserFigures> {
    return this.dc.call(dcRoutes.setAway, { actor: actorOf(user), body })
  }

  @Route(appRoutes.adviserFigures)
  @Roles('adviser')
  figures(@CurrentUser() user: AuthUser): Promise<AdviserFigures> {
    return this.dc.call(dcRoutes.adviserFigures, { actor: actorOf(user) })
  }

  @Route(appRoutes.overdueConsultations)
  @Roles('staff')
  overdue(@CurrentUser() user: AuthUser): Promise<OverdueList> {
    return this.dc.call(dcRoutes.overdueConsultations, { actor: actorOf(user) })
  }
}
